# Project-wide warning and sanitizer flags, applied per target with fleetdeck_target_defaults().
function(fleetdeck_target_defaults target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive-)
    if(FLEETDECK_WERROR)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
                                             -Wnon-virtual-dtor -Wcast-align -Wformat=2
                                             -Wimplicit-fallthrough)
    if(FLEETDECK_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
  target_compile_definitions(${target} PRIVATE QT_NO_FOREACH
                                               QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER)
  # Read-only relocations resolved at start (relro, now), as Debian's dpkg-buildflags sets them
  # for packages.
  if(NOT MSVC AND NOT APPLE AND NOT FLEETDECK_SANITIZE)
    target_link_options(${target} PRIVATE LINKER:-z,relro LINKER:-z,now)
    # The compile side of dpkg-buildflags' hardening, for what ships (the release preset that
    # `quickstart.sh package` builds): checked string and memory functions, stack protector,
    # stack clash protection. The test presets leave it out (their objects stay in the shared
    # compiler cache); _FORTIFY_SOURCE needs an optimised build anyway.
    target_compile_options(${target} PRIVATE
                           $<$<CONFIG:Release>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2
                           -fstack-protector-strong -fstack-clash-protection>)
  endif()
  if(FLEETDECK_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()
