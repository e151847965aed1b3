import type { Command } from "commander"
import type { Io } from "../io.js"
/** Registers the build command. */
export function registerBuild(_program: Command, _io: Io): void {}
