// Replaced by the pages as they land; a static library needs at least one source.
namespace fd::widgets {
int placeholderUnused = 0;
}
