// Fonts are named, never embedded or fetched: the official faces first, then what Windows, macOS and
// Linux (Noto / Source Han) ship, so Chinese renders wherever the bulletin is opened.

export const TITLE_FONT = "方正小标宋简体";
export const BODY_FONT = "仿宋_GB2312";
export const HEADING_FONT = "黑体";

/** What Word and WPS substitute when the official face is missing (the font table's altName). */
export const FONT_SUBSTITUTES: Readonly<Record<string, string>> = { [TITLE_FONT]: "宋体", [BODY_FONT]: "仿宋", [HEADING_FONT]: "SimHei" };

const SERIF_FALLBACK = `"SimSun","Songti SC","Noto Serif CJK SC","Source Han Serif SC",serif`;
export const CSS_TITLE_FONTS = `"方正小标宋简体","FZXiaoBiaoSong-B05S","STZhongsong",${SERIF_FALLBACK}`;
export const CSS_BODY_FONTS = `"仿宋_GB2312","FangSong","STFangsong","仿宋",${SERIF_FALLBACK}`;
export const CSS_HEADING_FONTS = `"黑体","SimHei","Heiti SC","Noto Sans CJK SC","Source Han Sans SC",sans-serif`;
