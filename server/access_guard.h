// Who may talk to `kinmap serve` (DESIGN.md, "Data in: the editor and
// imports"). The server listens on the loopback address only, and still
// trusts no request by default:
//
//   - the Host header must name the loopback address and the server's port
//     (127.0.0.1:PORT or localhost:PORT): a web page whose own name was
//     re-pointed at 127.0.0.1 (DNS rebinding) sends its own name and is
//     refused;
//   - the random token from the first URL, or the HttpOnly SameSite=Strict
//     cookie it is exchanged for, must be present (Jupyter's model);
//   - a request that changes anything must also come from the page itself:
//     Origin equal to the server's own, and the CSRF header carrying the
//     value only the served page knows.
//
// Pure functions of the request's headers, so each rule is tested alone.
#pragma once

#include <string>
#include <string_view>

namespace kinmap::server {

/// A fresh 128-bit secret from the system's random source, as 32 hex digits.
/// Throws std::runtime_error when no random source can be read.
std::string new_secret();

/// Compares in time independent of where the two first differ.
bool secrets_equal(std::string_view a, std::string_view b);

/// The Host header names this server: 127.0.0.1:PORT or localhost:PORT.
bool host_allowed(std::string_view host, int port);

/// The Origin header is this server's own (http://127.0.0.1:PORT or
/// http://localhost:PORT). A missing Origin is not allowed.
bool origin_allowed(std::string_view origin, int port);

/// The cookie that carries the token; its name holds the port, since
/// browsers share cookies between the ports of one host.
std::string cookie_name(int port);

/// The value of cookie `name` in a Cookie header; empty when absent.
std::string cookie_value(std::string_view cookie_header, std::string_view name);

/// The Set-Cookie header value that stores `token` for this server only.
std::string session_cookie(int port, std::string_view token);

}  // namespace kinmap::server
