/** The select value meaning "every street office of the city" when mapping a department name. */
export const ALL_STREETS_VALUE = "__all_streets__";
