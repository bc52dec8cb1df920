# Installation layout and installers (CPack).
#
#   Linux    a .deb (dependencies from the shared libraries via dpkg-shlibdeps) and a relocatable
#            tar.gz that runs from any directory
#   Windows  an NSIS installer and a zip, with the Qt runtime deployed by windeployqt
#   macOS    a drag-and-drop .dmg of Fleetdeck.app, deployed by macdeployqt
#
# `cpack` in a build directory writes the packages there; `installers/quickstart.sh package`
# builds a release and puts them in build/dist/. The test `package_deb` builds, inspects, lints
# and runs them (tests/package/test_package.py). docs/install.md describes each platform.
include(GNUInstallDirs)

set(FLEETDECK_APP_ID io.fleetdeck.Fleetdeck)
set(FLEETDECK_LINUX_DIR ${PROJECT_SOURCE_DIR}/installers/linux)

# --- Programs ------------------------------------------------------------------------------------
install(TARGETS fleetdeck fleetdeck-cli
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        BUNDLE DESTINATION .)
if(FLEETDECK_SHARED_LIBS)
  # A test tree's shared core and widgets go into a private directory (Debian's place for a
  # package's private libraries, outside ldconfig's paths), found relative to the programs, so
  # the tar.gz still runs from wherever it is unpacked.
  if(CMAKE_LIBRARY_ARCHITECTURE)
    set(FLEETDECK_PRIVATE_LIBDIR lib/${CMAKE_LIBRARY_ARCHITECTURE}/fleetdeck)
  else()
    set(FLEETDECK_PRIVATE_LIBDIR lib/fleetdeck)
  endif()
  install(TARGETS fleetdeck_core fleetdeck_widgets
          LIBRARY DESTINATION ${FLEETDECK_PRIVATE_LIBDIR}
          RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  if(APPLE)
    set_target_properties(fleetdeck fleetdeck-cli PROPERTIES
                          INSTALL_RPATH "@loader_path/../${FLEETDECK_PRIVATE_LIBDIR}")
  elseif(UNIX)
    set_target_properties(fleetdeck fleetdeck-cli PROPERTIES
                          INSTALL_RPATH "\$ORIGIN/../${FLEETDECK_PRIVATE_LIBDIR}")
  endif()
endif()

# The application icon is one SVG (resources/icons/fleetdeck.svg); the fixed-size PNGs and the
# Windows .ico are rendered from it during the build by this small Qt tool.
add_executable(fleetdeck-svgtopng ${PROJECT_SOURCE_DIR}/installers/svgtopng.cpp)
fleetdeck_target_defaults(fleetdeck-svgtopng)
target_link_libraries(fleetdeck-svgtopng PRIVATE Qt6::Gui Qt6::Svg)

# --- Linux desktop integration, man pages, completion --------------------------------------------
if(UNIX AND NOT APPLE)
  install(FILES ${FLEETDECK_LINUX_DIR}/${FLEETDECK_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${FLEETDECK_LINUX_DIR}/${FLEETDECK_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${FLEETDECK_LINUX_DIR}/fleetdeck-cli.bash-completion
          DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
          RENAME fleetdeck-cli)
  install(FILES ${FLEETDECK_LINUX_DIR}/copyright
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/fleetdeck)

  # Icons: the SVG as the scalable icon, and PNGs rendered from it for the fixed sizes.
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/fleetdeck.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
          RENAME ${FLEETDECK_APP_ID}.svg)
  set(icon_outputs "")
  foreach(size 16 24 32 48 64 128 256 512)
    set(png ${PROJECT_BINARY_DIR}/icons/${size}x${size}/${FLEETDECK_APP_ID}.png)
    add_custom_command(
      OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/icons/${size}x${size}
      COMMAND fleetdeck-svgtopng ${PROJECT_SOURCE_DIR}/resources/icons/fleetdeck.svg ${png} ${size}
      DEPENDS fleetdeck-svgtopng ${PROJECT_SOURCE_DIR}/resources/icons/fleetdeck.svg
      COMMENT "Rendering the ${size}px application icon" VERBATIM)
    list(APPEND icon_outputs ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()

  # Debian wants changelogs and man pages compressed with gzip -9n (no timestamp).
  find_program(FLEETDECK_GZIP gzip REQUIRED)
  set(changelog_gz ${PROJECT_BINARY_DIR}/doc/changelog.gz)
  add_custom_command(
    OUTPUT ${changelog_gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/doc
    COMMAND sh -c "${FLEETDECK_GZIP} -9n -c '${FLEETDECK_LINUX_DIR}/changelog' > '${changelog_gz}'"
    DEPENDS ${FLEETDECK_LINUX_DIR}/changelog VERBATIM)
  install(FILES ${changelog_gz} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/fleetdeck)

  # Man pages from the programs' own --help (help2man), in English whatever the build's locale
  # (the programs' messages follow it); fleetdeck-cli's gets one section per command from
  # cmake/CliReference.cmake. Not in sanitizer builds, whose programs are not
  # packaged.
  set(man_outputs "")
  find_program(FLEETDECK_HELP2MAN help2man)
  if(NOT FLEETDECK_SANITIZE)
    if(NOT FLEETDECK_HELP2MAN)
      message(FATAL_ERROR "help2man is missing (package help2man): it writes the man pages. "
                          "installers/quickstart.sh installs it.")
    endif()
    set(cli_h2m ${PROJECT_BINARY_DIR}/doc/fleetdeck-cli.h2m)
    add_custom_command(
      OUTPUT ${cli_h2m}
      COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:fleetdeck-cli> -DHELP2MAN=${cli_h2m}
              -P ${PROJECT_SOURCE_DIR}/cmake/CliReference.cmake
      DEPENDS fleetdeck-cli ${PROJECT_SOURCE_DIR}/cmake/CliReference.cmake VERBATIM)
    foreach(program fleetdeck fleetdeck-cli)
      if(program STREQUAL "fleetdeck")
        set(summary "console for on-premises GPU and AI infrastructure")
        set(include "")
        set(include_dep "")
      else()
        set(summary "command-line tool for Fleetdeck clusters, policies, deployments, GPU metrics and vCenter")
        set(include --include=${cli_h2m})
        set(include_dep ${cli_h2m})
      endif()
      set(man ${PROJECT_BINARY_DIR}/doc/${program}.1)
      add_custom_command(
        OUTPUT ${man}.gz
        COMMAND ${CMAKE_COMMAND} -E env --unset=LANGUAGE --unset=LC_MESSAGES LC_ALL=C.UTF-8
                LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
                ${FLEETDECK_HELP2MAN} --no-info --no-discard-stderr --section=1
                --name=${summary} ${include} --output=${man} $<TARGET_FILE:${program}>
        COMMAND ${FLEETDECK_GZIP} -9nf ${man}
        DEPENDS ${program} ${include_dep} VERBATIM)
      list(APPEND man_outputs ${man}.gz)
      install(FILES ${man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endforeach()
  endif()
  add_custom_target(fleetdeck_linux_data ALL DEPENDS ${icon_outputs} ${changelog_gz} ${man_outputs})
endif()

# docs/cli-reference.md from the CLI's --help: `cmake --build <dir> --target cli_reference`.
add_custom_target(cli_reference
  COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:fleetdeck-cli>
          -DMARKDOWN=${PROJECT_SOURCE_DIR}/docs/cli-reference.md
          -P ${PROJECT_SOURCE_DIR}/cmake/CliReference.cmake
  DEPENDS fleetdeck-cli
  COMMENT "Writing docs/cli-reference.md from fleetdeck-cli --help" VERBATIM)

# --- Windows and macOS: the Qt runtime next to the programs --------------------------------------
# Qt's deployment script runs windeployqt / macdeployqt at install time (Qt 6.3+). Neither can
# run on the Linux machines the project is built and tested on; see docs/install.md.
if(WIN32)
  set(fleetdeck_ico ${PROJECT_BINARY_DIR}/icons/fleetdeck.ico)
  add_custom_command(
    OUTPUT ${fleetdeck_ico}
    COMMAND fleetdeck-svgtopng ${PROJECT_SOURCE_DIR}/resources/icons/fleetdeck.svg ${fleetdeck_ico} 256
    DEPENDS fleetdeck-svgtopng ${PROJECT_SOURCE_DIR}/resources/icons/fleetdeck.svg VERBATIM)
  add_custom_target(fleetdeck_windows_icon ALL DEPENDS ${fleetdeck_ico})
endif()
if(WIN32 OR APPLE)
  qt_generate_deploy_app_script(TARGET fleetdeck FILENAME_VARIABLE fleetdeck_deploy_script
                                NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT ${fleetdeck_deploy_script})
endif()
if(APPLE)
  set_target_properties(fleetdeck PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/installers/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${FLEETDECK_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME Fleetdeck
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    OUTPUT_NAME Fleetdeck)
endif()

# --- CPack ---------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME fleetdeck)
set(CPACK_PACKAGE_VENDOR "Fleetdeck")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Fleetdeck maintainers <maintainers@fleetdeck.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "console for on-premises GPU and AI infrastructure")
set(CPACK_PACKAGE_DESCRIPTION
    "Fleetdeck is a native desktop console for on-premises GPU infrastructure.\n"
    "It registers Kubernetes clusters from kubeconfig files, edits Karmada\n"
    "placement, resource and failover policies, launches LLM serving deployments\n"
    "(Ollama, vLLM, TGI, llama.cpp), shows NVIDIA DCGM GPU metrics from\n"
    "Prometheus and manages vCenter virtual machines, directly from the\n"
    "workstation and without internet access.\n"
    "\n"
    "The package also contains fleetdeck-cli, a headless command-line tool over\n"
    "the same core, for scripts.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Fleetdeck)
set(CPACK_PACKAGE_EXECUTABLES fleetdeck Fleetdeck)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "")
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_SOURCE_DIR}/installers/CPackProjectConfig.cmake)

if(WIN32)
  set(CPACK_GENERATOR NSIS ZIP)
  set(CPACK_NSIS_DISPLAY_NAME Fleetdeck)
  set(CPACK_NSIS_PACKAGE_NAME Fleetdeck)
  set(CPACK_NSIS_MUI_ICON ${PROJECT_BINARY_DIR}/icons/fleetdeck.ico)
  set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\fleetdeck.exe)
  set(CPACK_NSIS_MODIFY_PATH ON) # offers to put fleetdeck-cli on PATH
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME Fleetdeck)
else()
  set(CPACK_GENERATOR DEB TGZ)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION admin)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  # Plugins Qt loads at run time are not seen by dpkg-shlibdeps: the SVG icon engine (icons) and
  # the XCB platform plugin come with libqt6svg6 and libqt6gui6.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6gui6")
  # Korean needs a CJK font; Qt's own dialogs are translated by qt6-translations-l10n; the
  # keychain backend needs a Secret Service (without one the encrypted vault is used).
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n, bash-completion")
  set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring, kubectl")
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
  set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
endif()
include(CPack)
