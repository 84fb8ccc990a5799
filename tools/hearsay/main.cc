// hearsay: who said what, and how many. The command-line shell over the library.
#include <cstdio>
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "commands.h"
#include "hearsay/version.h"

int main(int argc, char** argv) {
  CLI::App app{"hearsay reads news and writes down who said what, and how many.", "hearsay"};
  app.set_version_flag("--version", std::string("hearsay ") + hearsay::Version());
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Print help for every subcommand");
  int exit_code = 0;
  hearsay::cli::AddExtractCommand(app, &exit_code);
  hearsay::cli::AddLedgerCommands(app, &exit_code);
  hearsay::cli::AddTrainCommand(app, &exit_code, argc, argv);
  hearsay::cli::AddServeCommand(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    std::string message = e.what();
    if (message.empty()) message = "bad command line";
    std::cerr << "hearsay: " << message << " (see 'hearsay --help')\n";
    return 2;
  }
  return exit_code;
}
