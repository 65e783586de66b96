#pragma once

/** Process exit codes of xiuhua-cli, the same for every command so scripts can rely on them. */
namespace exitcodes
{
  constexpr int success = 0;
  constexpr int inputError = 1; //!< the input could not be read or is invalid
  constexpr int usage = 2;      //!< the command line is wrong
} // namespace exitcodes
