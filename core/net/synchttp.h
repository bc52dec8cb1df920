#pragma once

#include "net/httpclient.h"

namespace fd::net {

// For the CLI and tests only: runs a local QEventLoop until the reply is in. Never call it on
// the UI thread of the GUI. The client must live in the calling thread.
Reply sendAndWait(HttpClient& client, Request request);

// Same with a client of its own (fresh connections each time).
Reply sendAndWait(Request request);

} // namespace fd::net
