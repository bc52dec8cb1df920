# Fails if any C++ source in app/, core/, widgets/ or tests/ differs from what clang-format makes.
file(GLOB_RECURSE files
  ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
  ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
  ${SOURCE_DIR}/widgets/*.cpp ${SOURCE_DIR}/widgets/*.h
  ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror --style=file ${files}
                WORKING_DIRECTORY ${SOURCE_DIR}
                RESULT_VARIABLE rc ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "clang-format found unformatted code (run: clang-format -i <files>):\n${errors}")
endif()
list(LENGTH files n)
message(STATUS "${n} files formatted correctly")
