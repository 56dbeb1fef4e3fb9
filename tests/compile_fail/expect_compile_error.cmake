# Compiles one compile-fail test source and checks the outcome.
#
#   cmake -DCOMPILER=<c++> -DCOMPILER_ID=<GNU|Clang> -DINCLUDE_DIR=<include> -DSOURCE=<file.cpp>
#         -DMODE=<ko|ok> [-DOUTPUT_FILE=<file>] [-DPCH=<file> | -DPCH_INCLUDE_DIR=<dir>] -P expect_compile_error.cmake
#
# MODE=ok: the source, as written, must compile (the twin that proves the harness).
# MODE=ko: with CTNN_COMPILE_FAIL defined it must fail with exactly one error, and the compiler's
#          output must contain the text of every "// expect: ..." line of the source (and of
#          every "// expect-gcc: ..." line when the compiler is GCC, whose notes give the numbers,
#          and of every "// expect-clang: ..." line when it is Clang).
#          With OUTPUT_FILE, the compiler's output is also written there, as it is: the GCC build's
#          check of docs/errors.md (docs.errors_md) reads it instead of compiling the model again.
foreach(var COMPILER COMPILER_ID INCLUDE_DIR SOURCE MODE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "expect_compile_error.cmake: ${var} is not set")
  endif()
endforeach()

set(defines "")
if(MODE STREQUAL "ko")
  set(defines -DCTNN_COMPILE_FAIL)
endif()
# -DPCH=<file>: ctnn.hpp precompiled with the same options (Clang), read before the source.
# -DPCH_INCLUDE_DIR=<dir>: a directory holding ctnn/ctnn.hpp.gch (GCC), searched before include/.
set(include_options -I${INCLUDE_DIR})
if(DEFINED PCH)
  list(APPEND defines -include-pch ${PCH})
endif()
if(DEFINED PCH_INCLUDE_DIR)
  set(include_options -I${PCH_INCLUDE_DIR} -I${INCLUDE_DIR})
endif()
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C LANG=C
          ${COMPILER} -std=c++20 -fsyntax-only -fdiagnostics-color=never -Wall -Wextra -Wpedantic
          ${include_options} ${defines} ${SOURCE}
  RESULT_VARIABLE status
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output)
if(MODE STREQUAL "ko" AND DEFINED OUTPUT_FILE)
  file(WRITE ${OUTPUT_FILE} "${output}")
endif()

if(MODE STREQUAL "ok")
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "the correct twin of ${SOURCE} does not compile:\n${output}")
  endif()
  message(STATUS "compiles, as it must")
  return()
endif()

if(status EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled with CTNN_COMPILE_FAIL, but it must not")
endif()
string(REGEX MATCHALL "error:" errors "${output}")
list(LENGTH errors error_count)
if(NOT error_count EQUAL 1)
  message(FATAL_ERROR "expected exactly one error, the compiler reported ${error_count}:\n${output}")
endif()
file(STRINGS ${SOURCE} expectations REGEX "^// expect(-gcc|-clang)?: ")
foreach(line IN LISTS expectations)
  string(REGEX REPLACE "^// expect(-gcc|-clang)?: " "" text "${line}")
  if(line MATCHES "^// expect-gcc: " AND NOT COMPILER_ID STREQUAL "GNU")
    continue()
  endif()
  if(line MATCHES "^// expect-clang: " AND NOT COMPILER_ID STREQUAL "Clang")
    continue()
  endif()
  string(FIND "${output}" "${text}" where)
  if(where EQUAL -1)
    message(FATAL_ERROR "the compiler's output lacks \"${text}\":\n${output}")
  endif()
endforeach()
message(STATUS "fails with the expected message:\n${output}")
