// A module named as a subscription's reducer that exports none: its worker threads cannot start.
export const notAReducer = true;
