# libyaml (C): the kubeconfig reader's parser (core/kube/yamltree.cpp). Defines the target
# fleetdeck_libyaml. pkg-config where there is one (Linux, Homebrew), else a plain search
# (vcpkg's libyaml installs yaml.h and yaml.lib).
if(NOT TARGET fleetdeck_libyaml)
  find_package(PkgConfig QUIET)
  if(PkgConfig_FOUND)
    pkg_check_modules(LIBYAML QUIET IMPORTED_TARGET yaml-0.1)
  endif()
  add_library(fleetdeck_libyaml INTERFACE)
  if(TARGET PkgConfig::LIBYAML)
    target_link_libraries(fleetdeck_libyaml INTERFACE PkgConfig::LIBYAML)
  else()
    find_path(LIBYAML_INCLUDE_DIR yaml.h REQUIRED)
    find_library(LIBYAML_LIBRARY NAMES yaml libyaml REQUIRED)
    target_include_directories(fleetdeck_libyaml INTERFACE ${LIBYAML_INCLUDE_DIR})
    target_link_libraries(fleetdeck_libyaml INTERFACE ${LIBYAML_LIBRARY})
    if(WIN32)
      # vcpkg's static and shared builds both need this for the declarations to match.
      target_compile_definitions(fleetdeck_libyaml INTERFACE $<$<NOT:$<BOOL:${BUILD_SHARED_LIBS}>>:YAML_DECLARE_STATIC>)
    endif()
  endif()
endif()
