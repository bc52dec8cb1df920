# Per-generator settings, read by cpack for each generator it runs.
if(CPACK_GENERATOR STREQUAL "DEB")
  # The .deb installs under /usr; the tar.gz keeps relative paths (bin/, lib/, share/) so it
  # runs from any directory it is unpacked in.
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
elseif(CPACK_GENERATOR STREQUAL "TGZ")
  set(CPACK_PACKAGING_INSTALL_PREFIX /)
  set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)
endif()
