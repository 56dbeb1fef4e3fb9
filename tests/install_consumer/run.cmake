# Builds and installs ctnn into a scratch prefix, then configures, builds and runs a separate
# project that finds it with find_package(ctnn), as a user would.
#   cmake -DCTNN_SOURCE_DIR=... -DWORK_DIR=... -DCXX_COMPILER=... -DKERAS_FILE=... -P run.cmake
# KERAS_FILE (optional): a small Keras .h5 that the installed ctnn::keras and ctnn-keras-type
# must read; without it only ctnn::ctnn is checked.
# IO (optional, ON or OFF): the installed ctnn::npy and ctnn::image must write and read back an
# .npz archive and a PNG.
file(REMOVE_RECURSE ${WORK_DIR})
# A step's standard output is what the checks below compare; its standard error (a model's note
# that its kernels are narrower than the machine's, say) is shown only when the step fails.
function(run_step)
  execute_process(COMMAND ${ARGV} RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE errors)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "failed: ${ARGV}\n${output}\n${errors}")
  endif()
  set(step_output "${output}" PARENT_SCOPE)
endfunction()
function(expect_output what expected)
  if(NOT step_output STREQUAL expected)
    message(FATAL_ERROR "${what} printed:\n${step_output}\nexpected:\n${expected}")
  endif()
endfunction()

run_step(${CMAKE_COMMAND} -S ${CTNN_SOURCE_DIR} -B ${WORK_DIR}/ctnn-build -DCMAKE_CXX_COMPILER=${CXX_COMPILER}
         -DCTNN_BUILD_TESTS=OFF -DCTNN_BUILD_EXAMPLES=OFF -DCTNN_BUILD_BENCHMARKS=OFF
         -DCMAKE_INSTALL_PREFIX=${WORK_DIR}/prefix)
run_step(${CMAKE_COMMAND} --build ${WORK_DIR}/ctnn-build -j 2)  # ctnn-keras-type, when HDF5 is there
run_step(${CMAKE_COMMAND} --install ${WORK_DIR}/ctnn-build)
if(KERAS_FILE)
  set(needs_keras ON)
else()
  set(needs_keras OFF)
endif()
run_step(${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR} -B ${WORK_DIR}/consumer-build
         -DCMAKE_CXX_COMPILER=${CXX_COMPILER} -DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix
         -DCONSUMER_NEEDS_KERAS=${needs_keras} -DCONSUMER_NEEDS_IO=${IO})
run_step(${CMAKE_COMMAND} --build ${WORK_DIR}/consumer-build)
run_step(${WORK_DIR}/consumer-build/consumer)
expect_output("the installed ctnn" "[[1. 1. 2. 2.]\n [1. 1. 2. 2.]\n [3. 3. 4. 4.]\n [3. 3. 4. 4.]]\n")

if(KERAS_FILE)
  run_step(${WORK_DIR}/consumer-build/keras_consumer ${KERAS_FILE})
  expect_output("the installed ctnn::keras (in process, then isolated by the installed ctnn-keras-worker)"
                "0.47463\n0.33285\n0.46393\n0.30487\n0.47463\n0.33285\n0.46393\n0.30487\n")
  if(NOT EXISTS ${WORK_DIR}/prefix/libexec/ctnn/ctnn-keras-worker)
    message(FATAL_ERROR "ctnn-keras-worker is not installed in ${WORK_DIR}/prefix/libexec/ctnn")
  endif()
  run_step(${WORK_DIR}/prefix/bin/ctnn-keras-type ${KERAS_FILE} --name tiny)
  if(NOT step_output MATCHES "using tiny = ctnn::sequential<")
    message(FATAL_ERROR "the installed ctnn-keras-type printed:\n${step_output}")
  endif()
endif()
if(IO)
  run_step(${WORK_DIR}/consumer-build/io_consumer ${WORK_DIR}/consumer-build)
  expect_output("the installed ctnn::npy and ctnn::image" "0\n64\n128\n255\n")
endif()
message(STATUS "find_package(ctnn) works from an installed copy")
