/**
 * A list of even ten thousand feeds is a few megabytes; a larger file is something else dropped or passed by mistake,
 * and is refused before it is read into memory, by the window and by main alike.
 */
export const largestOpmlBytes = 20 * 1024 * 1024;
