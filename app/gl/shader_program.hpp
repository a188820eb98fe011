// A linked GLSL program built from embedded shader files, with its uniforms looked up by name
// once (a missing one is an error naming the uniform and the shader).
#pragma once

#include "gl/gl_handles.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace kg::app {

class ShaderProgram {
  public:
    // Compiles assets/shaders/<vert> and <frag> (embedded at build time), links them and
    // resolves `uniforms`. On failure returns nullopt and sets `error` to the compile or link
    // log prefixed with the shader's file name, or to the name of the missing uniform.
    static std::optional<ShaderProgram> create(std::string_view vert, std::string_view frag,
                                               std::initializer_list<const char*> uniforms,
                                               std::string& error);

    void use() const { glUseProgram(program_.get()); }
    // Location of a uniform named at creation (asserting use of an unknown name is a bug).
    GLint operator[](const char* name) const;

  private:
    Program program_;
    std::unordered_map<std::string, GLint> uniforms_;
};

} // namespace kg::app
