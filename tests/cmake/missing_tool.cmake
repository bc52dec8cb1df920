# Stands in for a test whose tool was not found when the build was configured: a missing tool is
# a failure, never a skip (CTest would count a skipped test as passed).
#   cmake -DTOOL=<name> -DTEST=<what it runs> -P missing_tool.cmake
message(FATAL_ERROR
  "${TOOL} was not found when this build was configured, so ${TEST} could not run. "
  "installers/quickstart.sh test installs it (see test_packages there); install it, "
  "re-run cmake and run the test again.")
