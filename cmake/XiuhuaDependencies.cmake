# Finds the libraries the project builds on. Debian 12 provides all of them
# (packaging/debian-packages.txt lists the packages).

set(_qt Qt${XIUHUA_QT_MAJOR})
find_package(${_qt} REQUIRED COMPONENTS Core Test LinguistTools)
set(XIUHUA_QT_CORE ${_qt}::Core)
set(XIUHUA_QT_TEST ${_qt}::Test)
set(XIUHUA_LRELEASE ${_qt}::lrelease)
set(XIUHUA_LUPDATE ${_qt}::lupdate)

find_package(GDAL 3.6 REQUIRED)
find_package(GEOS 3.11 REQUIRED CONFIG)

if(XIUHUA_DESKTOP)
  find_package(Qt5 5.15 REQUIRED COMPONENTS Gui Widgets Xml Svg)

  # Debian installs FindQGIS.cmake under /usr/share/qgis; it sets QGIS_INCLUDE_DIR and the library paths.
  list(APPEND CMAKE_MODULE_PATH /usr/share/qgis)
  find_package(QGIS REQUIRED)
  if(NOT QGIS_FOUND OR NOT QGIS_GUI_LIBRARY)
    message(FATAL_ERROR "QGIS core and gui libraries not found: install libqgis-dev.")
  endif()

  # Imported targets so QGIS's headers are system headers: their warnings are not ours.
  add_library(Xiuhua::QgisCore INTERFACE IMPORTED)
  target_include_directories(Xiuhua::QgisCore SYSTEM INTERFACE ${QGIS_INCLUDE_DIR})
  target_link_libraries(Xiuhua::QgisCore INTERFACE ${QGIS_CORE_LIBRARY} Qt5::Widgets Qt5::Xml GDAL::GDAL)
  add_library(Xiuhua::QgisGui INTERFACE IMPORTED)
  target_link_libraries(Xiuhua::QgisGui INTERFACE ${QGIS_GUI_LIBRARY} Xiuhua::QgisCore Qt5::Svg)
endif()
