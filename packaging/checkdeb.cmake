# ctest script: cpack -G DEB in BUILD_DIR, then check the package's files and dependencies.
# Run as: cmake -DBUILD_DIR=<qt5 build dir> -P checkdeb.cmake
if(NOT BUILD_DIR)
  message(FATAL_ERROR "BUILD_DIR is not set")
endif()

set(out "${BUILD_DIR}/package-check")
file(REMOVE_RECURSE "${out}")
execute_process(COMMAND cpack -G DEB -B "${out}" WORKING_DIRECTORY "${BUILD_DIR}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cpack failed:\n${output}")
endif()
file(GLOB debs "${out}/xiuhua_*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one .deb in ${out}, found ${count}")
endif()

execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "dpkg-deb --contents failed")
endif()
foreach(path
    ./usr/bin/xiuhua
    ./usr/bin/xiuhua-cli
    ./usr/share/xiuhua/translations/xiuhua_zh_CN.qm
    ./usr/share/xiuhua/translations/xiuhua_en.qm
    ./usr/share/applications/xiuhua.desktop
    ./usr/share/metainfo/io.github.xiuhua.Xiuhua.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/xiuhua.svg)
  string(FIND "${contents}" "${path}\n" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the package lacks ${path}:\n${contents}")
  endif()
endforeach()

execute_process(COMMAND dpkg-deb --field ${debs} Depends OUTPUT_VARIABLE depends)
foreach(dependency libqgis-core libqgis-gui libgdal qgis-providers fonts-noto-cjk libqt5widgets5)
  string(FIND "${depends}" "${dependency}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the package does not depend on ${dependency}: ${depends}")
  endif()
endforeach()
message(STATUS "package ${debs} is complete")
file(REMOVE_RECURSE "${out}")
