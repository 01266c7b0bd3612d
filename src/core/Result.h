#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace salkku::core {

// An error that crosses a layer boundary: which file, which line (1-based; 0 when it is about the whole
// file), and a sentence for a person.
struct Error
{
    QString file;
    int line = 0;
    QString message;
    bool busy = false;           // another program holds a lock: the same call may work later
    bool lostConnection = false; // a server's connection broke (restart, network): reconnect, then try again

    // "file:line: message", the form compilers use, so editors can jump to it.
    QString toString() const;
};

// A value or an Error. Layers return this instead of throwing.
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value from a temporary: `for (x : f().value())` must not refer into a destroyed Result.
    T value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success with nothing to return, or an Error.
template <>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace salkku::core

// Returns a failed Result's Error from the enclosing function, which returns a Result too; goes on otherwise.
// Takes a call (`SALKKU_TRY(store.optimize());`) or a named Result whose value is read after the check
// (`auto rows = ...; SALKKU_TRY(rows); use(rows.value());`): a named one is bound by reference, not copied.
#define SALKKU_TRY(result)                                                                                   \
    do {                                                                                                     \
        if (auto &&salkkuTried = (result); !salkkuTried)                                                     \
            return salkkuTried.error();                                                                      \
    } while (false)
