# Runs PROGRAM MODEL OUTPUT and checks that OUTPUT is a PNG of the expected size (8 x 4 images
# of 28 x 28 with 2-pixel borders: 242 x 122).
file(REMOVE ${OUTPUT})
execute_process(COMMAND ${PROGRAM} ${MODEL} ${OUTPUT} 1 RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} failed (${status}):\n${out}${err}")
endif()
file(READ ${OUTPUT} header LIMIT 24 HEX)
# The PNG signature, then the IHDR chunk: width 242 (0xf2), height 122 (0x7a).
if(NOT header MATCHES "^89504e470d0a1a0a0000000d49484452000000f20000007a")
  message(FATAL_ERROR "${OUTPUT} is not a 242 x 122 PNG: ${header}")
endif()
