export * from "./regions";
export * from "./units";
export * from "./users";
export * from "./audit";
export * from "./plans";
export * from "./supervision";
export * from "./indicators";
export * from "./evaluations";
