# Finds a Yosys installation through `yosys-config` and defines the imported
# target Yosys::Plugin (compile flags and include path for an out-of-tree plugin)
# plus YOSYS_EXECUTABLE.
find_program(YOSYS_CONFIG yosys-config)
find_program(YOSYS_EXECUTABLE yosys)

if(YOSYS_CONFIG AND YOSYS_EXECUTABLE)
  execute_process(COMMAND ${YOSYS_CONFIG} --datdir OUTPUT_VARIABLE YOSYS_DATDIR
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  execute_process(COMMAND ${YOSYS_CONFIG} --cxxflags OUTPUT_VARIABLE _yosys_cxxflags
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  execute_process(COMMAND ${YOSYS_EXECUTABLE} -V OUTPUT_VARIABLE YOSYS_VERSION_STRING
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  # Keep only the defines: the optimisation level, standard and warnings are ours.
  separate_arguments(_yosys_cxxflags UNIX_COMMAND "${_yosys_cxxflags}")
  set(YOSYS_DEFINES "")
  set(YOSYS_INCLUDE_DIR "${YOSYS_DATDIR}/include")
  set(YOSYS_INCLUDE_DIRS "${YOSYS_INCLUDE_DIR}")
  foreach(flag IN LISTS _yosys_cxxflags)
    if(flag MATCHES "^-D(.*)")
      list(APPEND YOSYS_DEFINES "${CMAKE_MATCH_1}")
    elseif(flag MATCHES "^-I(.*)")
      list(APPEND YOSYS_INCLUDE_DIRS "${CMAKE_MATCH_1}")
    endif()
  endforeach()
  list(REMOVE_DUPLICATES YOSYS_INCLUDE_DIRS)
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Yosys REQUIRED_VARS YOSYS_CONFIG YOSYS_EXECUTABLE YOSYS_INCLUDE_DIR)

if(Yosys_FOUND AND NOT TARGET Yosys::Plugin)
  add_library(Yosys::Plugin INTERFACE IMPORTED)
  set_target_properties(Yosys::Plugin PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${YOSYS_INCLUDE_DIRS}"
    INTERFACE_COMPILE_DEFINITIONS "${YOSYS_DEFINES}")
endif()
