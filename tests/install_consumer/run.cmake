# Installs ctnn into a scratch prefix, then configures, builds and runs a separate project that
# finds it with find_package(ctnn).
#   cmake -DCTNN_SOURCE_DIR=... -DWORK_DIR=... -DCXX_COMPILER=... -P run.cmake
file(REMOVE_RECURSE ${WORK_DIR})
function(run_step)
  execute_process(COMMAND ${ARGV} RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "failed: ${ARGV}\n${output}")
  endif()
  set(step_output "${output}" PARENT_SCOPE)
endfunction()
run_step(${CMAKE_COMMAND} -S ${CTNN_SOURCE_DIR} -B ${WORK_DIR}/ctnn-build -DCMAKE_CXX_COMPILER=${CXX_COMPILER}
         -DCTNN_BUILD_TESTS=OFF -DCTNN_BUILD_EXAMPLES=OFF -DCTNN_BUILD_BENCHMARKS=OFF
         -DCMAKE_INSTALL_PREFIX=${WORK_DIR}/prefix)
run_step(${CMAKE_COMMAND} --install ${WORK_DIR}/ctnn-build)
run_step(${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR} -B ${WORK_DIR}/consumer-build
         -DCMAKE_CXX_COMPILER=${CXX_COMPILER} -DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix)
run_step(${CMAKE_COMMAND} --build ${WORK_DIR}/consumer-build)
run_step(${WORK_DIR}/consumer-build/consumer)
set(expected "[[1. 1. 2. 2.]\n [1. 1. 2. 2.]\n [3. 3. 4. 4.]\n [3. 3. 4. 4.]]\n")
if(NOT step_output STREQUAL expected)
  message(FATAL_ERROR "the installed ctnn printed:\n${step_output}")
endif()
message(STATUS "find_package(ctnn) works from an installed copy")
