# Writes the CLI reference from fleetdeck-cli's own --help output, so it cannot drift from the
# program: docs/cli-reference.md (Markdown) and an include file for help2man (man page sections).
#
#   cmake -DCLI=path/to/fleetdeck-cli [-DMARKDOWN=out.md] [-DHELP2MAN=out.h2m] -P CliReference.cmake
#   cmake -DCLI=path/to/fleetdeck-cli -DCHECK=docs/cli-reference.md -P CliReference.cmake
#       (the test docs_cli_reference: fails when the file differs from what would be written)
if(NOT CLI)
  message(FATAL_ERROR "CliReference.cmake: pass -DCLI=<path to fleetdeck-cli>")
endif()

function(run_help out)
  execute_process(COMMAND ${CLI} ${ARGN} --help
                  RESULT_VARIABLE rc OUTPUT_VARIABLE text ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "fleetdeck-cli ${ARGN} --help failed (${rc}): ${err}")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# The reference and the man page are English: the CLI's messages follow the locale, and
# LANGUAGE (GNU's language list) outranks LC_ALL for Qt unless LC_ALL is exactly "C", so both are
# pinned here whatever the caller's environment says.
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANG} C.UTF-8)
unset(ENV{LANGUAGE})
unset(ENV{LC_MESSAGES})
run_help(top)
# The command names: the first word of each indented line after "Commands:". Matched on the
# whole text, not split into a CMake list (brackets in the usage text would group list items).
string(FIND "${top}" "\nCommands:\n" at)
if(at EQUAL -1)
  message(FATAL_ERROR "fleetdeck-cli --help has no Commands: section")
endif()
string(SUBSTRING "${top}" ${at} -1 command_section)
string(REGEX MATCHALL "\n  [a-z][a-z0-9-]* " matches "${command_section}")
set(commands "")
foreach(match IN LISTS matches)
  string(STRIP "${match}" name)
  list(APPEND commands ${name})
endforeach()
if(NOT commands)
  message(FATAL_ERROR "fleetdeck-cli --help lists no commands")
endif()

set(md "# fleetdeck-cli reference\n\n")
string(APPEND md "Generated from `fleetdeck-cli --help` and each command's `--help` by\n")
string(APPEND md "`cmake/CliReference.cmake` (target `cli_reference`); the test `docs_cli_reference`\n")
string(APPEND md "fails when this page and the program disagree. Do not edit by hand.\n\n")
string(APPEND md "```text\n${top}```\n")
set(h2m "[COMMANDS]\n")
foreach(command IN LISTS commands)
  run_help(help ${command})
  string(APPEND md "\n## ${command}\n\n```text\n${help}```\n")
  # help2man: each command as a tagged paragraph with its help, verbatim (.nf/.fi).
  string(REPLACE "\\" "\\e" escaped "${help}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" escaped "${escaped}")
  string(APPEND h2m ".SS ${command}\n.nf\n${escaped}.fi\n")
endforeach()

if(MARKDOWN)
  file(WRITE "${MARKDOWN}" "${md}")
endif()
if(HELP2MAN)
  file(WRITE "${HELP2MAN}" "${h2m}")
endif()
if(CHECK)
  file(READ "${CHECK}" current)
  if(NOT current STREQUAL md)
    message(FATAL_ERROR "${CHECK} does not match fleetdeck-cli --help. Regenerate it: "
                        "cmake --build <build dir> --target cli_reference")
  endif()
  message(STATUS "${CHECK} matches fleetdeck-cli --help")
endif()
