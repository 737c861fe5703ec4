// The progress bar on stderr: [#####-----] 48% checks 960000/2000000 12.3k/s

const WIDTH = 20;

function rate(perSecond: number): string {
  if (perSecond >= 1000) return `${(perSecond / 1000).toFixed(1)}k/s`;
  return `${perSecond.toFixed(perSecond < 10 && perSecond > 0 ? 1 : 0)}/s`;
}

export function formatProgress(label: string, done: number, total: number, seconds: number): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * WIDTH);
  return `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${Math.floor(share * 100)}% ${label} ${done}/${total} ${rate(seconds > 0 ? done / seconds : 0)}`;
}

export type Progress = { advance(by: number): void; done(): void };

/** Redraws one line at most ten times a second (a terminal), or prints a line per 10% (a log file). */
export function progressOn(stream: NodeJS.WriteStream, label: string, total: number): Progress {
  const started = performance.now();
  let done = 0;
  let drawnAt = 0;
  let loggedTenth = -1;
  const line = () => formatProgress(label, done, total, (performance.now() - started) / 1000);
  const draw = (final: boolean) => {
    if (stream.isTTY) {
      const now = performance.now();
      if (!final && now - drawnAt < 100) return;
      drawnAt = now;
      stream.write(`\r${line()}${final ? "\n" : ""}`);
      return;
    }
    const tenth = total > 0 ? Math.min(10, Math.floor((done / total) * 10)) : 10;
    if ((final && tenth < 10) || tenth > loggedTenth) {
      loggedTenth = tenth;
      stream.write(`${line()}\n`);
    }
  };
  return {
    advance(by) {
      done += by;
      draw(false);
    },
    done() {
      draw(true);
    },
  };
}
