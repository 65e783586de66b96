# One-line helpers to add a module library or a QTest executable.
#
#   xiuhua_add_module(formats SOURCES a.cpp b.cpp DEPENDS GDAL::GDAL)
#     -> static library xiuhua_formats (alias Xiuhua::formats). Its headers are included as
#        "formats/a.h". Modules that include QGIS headers pass QGIS, and share one precompiled header.
#
#   xiuhua_add_qtest(testsourceinspector SOURCES testsourceinspector.cpp DEPENDS Xiuhua::formats LABELS unit)
#     -> QTest executable registered with CTest. LABELS gui runs it on the offscreen platform.

# The QGIS headers every QGIS-facing target uses; compiled once into a precompiled header.
set(XIUHUA_QGIS_PCH_HEADERS
    <QtWidgets>
    <qgsapplication.h>
    <qgscoordinatereferencesystem.h>
    <qgscoordinatetransform.h>
    <qgsmapcanvas.h>
    <qgsmaplayer.h>
    <qgsmaptool.h>
    <qgsproject.h>
    <qgsvectorlayer.h>)

# The target that owns the QGIS precompiled header; the others reuse it.
set(XIUHUA_QGIS_PCH_OWNER "" CACHE INTERNAL "")

function(_xiuhua_common_settings target)
  target_compile_options(${target} PRIVATE ${XIUHUA_WARNING_FLAGS})
  target_compile_definitions(${target} PRIVATE ${XIUHUA_QT_DEFINITIONS} XIUHUA_VERSION="${PROJECT_VERSION}")
endfunction()

function(_xiuhua_use_qgis target)
  target_link_libraries(${target} PUBLIC Xiuhua::QgisGui)
  if(XIUHUA_QGIS_PCH_OWNER)
    target_precompile_headers(${target} REUSE_FROM ${XIUHUA_QGIS_PCH_OWNER})
  else()
    target_precompile_headers(${target} PRIVATE ${XIUHUA_QGIS_PCH_HEADERS})
    set(XIUHUA_QGIS_PCH_OWNER ${target} CACHE INTERNAL "")
  endif()
endfunction()

function(xiuhua_add_module name)
  cmake_parse_arguments(ARG "QGIS" "" "SOURCES;DEPENDS" ${ARGN})
  set(target xiuhua_${name})
  add_library(${target} STATIC ${ARG_SOURCES})
  add_library(Xiuhua::${name} ALIAS ${target})
  target_include_directories(${target} PUBLIC "${PROJECT_SOURCE_DIR}/modules")
  target_link_libraries(${target} PUBLIC ${ARG_DEPENDS})
  _xiuhua_common_settings(${target})
  if(ARG_QGIS)
    _xiuhua_use_qgis(${target})
  else()
    # Below the map, the deprecated Qt API is not even declared.
    target_compile_definitions(${target} PRIVATE QT_DISABLE_DEPRECATED_BEFORE=${XIUHUA_QT_DISABLE_DEPRECATED})
  endif()
endfunction()

function(xiuhua_add_executable target)
  cmake_parse_arguments(ARG "QGIS" "" "SOURCES;DEPENDS" ${ARGN})
  add_executable(${target} ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE ${ARG_DEPENDS})
  _xiuhua_common_settings(${target})
  if(ARG_QGIS)
    _xiuhua_use_qgis(${target})
  else()
    target_compile_definitions(${target} PRIVATE QT_DISABLE_DEPRECATED_BEFORE=${XIUHUA_QT_DISABLE_DEPRECATED})
  endif()
  install(TARGETS ${target} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endfunction()

function(xiuhua_add_qtest name)
  cmake_parse_arguments(ARG "QGIS" "TIMEOUT" "SOURCES;DEPENDS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${XIUHUA_QT_TEST} ${ARG_DEPENDS})
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
  _xiuhua_common_settings(${name})
  target_compile_definitions(${name} PRIVATE
      XIUHUA_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
      XIUHUA_BUILD_DATA_DIR="${XIUHUA_BUILD_DATA_DIR}")
  if(ARG_QGIS)
    _xiuhua_use_qgis(${name})
  endif()
  add_test(NAME ${name} COMMAND ${name})
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT})
  # QgsApplication is a QApplication even without widgets, and renders text through the platform's
  # fonts: QGIS tests need a platform as much as GUI tests do.
  if("gui" IN_LIST ARG_LABELS OR ARG_QGIS)
    set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT QT_QPA_PLATFORM=offscreen)
  endif()
endfunction()
