// The subcommands of the `hearsay` command line. Each Add*Command registers
// its options on `app` and sets `*exit_code` when it runs; main() parses and
// returns that code. The commands are thin: all work is in the library.
#ifndef HEARSAY_TOOLS_COMMANDS_H_
#define HEARSAY_TOOLS_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace hearsay::cli {

void AddExtractCommand(CLI::App& app, int* exit_code);
void AddLedgerCommands(CLI::App& app, int* exit_code);
void AddTrainCommand(CLI::App& app, int* exit_code, int argc, char** argv);
void AddServeCommand(CLI::App& app, int* exit_code);

}  // namespace hearsay::cli

#endif  // HEARSAY_TOOLS_COMMANDS_H_
