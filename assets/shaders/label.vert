// Label glyph quads (screen pixels) grown by the halo radius, sampling the ImGui font atlas.
#version 330 core
layout(location = 0) in vec4 a_rect; // x0 y0 x1 y1, framebuffer pixels
layout(location = 1) in vec4 a_uv;   // u0 v0 u1 v1

uniform vec2 u_viewport;
uniform vec2 u_offset; // pixels: labels of a panned layer move with it
uniform float u_halo_px;

out vec2 v_uv;
flat out vec2 v_uv_per_px;
flat out vec4 v_uv_box;

void main() {
    vec2 corner = vec2((gl_VertexID & 1) != 0 ? 1.0 : 0.0, (gl_VertexID & 2) != 0 ? 1.0 : 0.0);
    vec2 size = max(a_rect.zw - a_rect.xy, vec2(1e-3));
    v_uv_per_px = (a_uv.zw - a_uv.xy) / size;
    // Plates (u0 < 0) are drawn at their exact size; glyphs grow by the halo.
    vec2 grow = a_uv.x < 0.0 ? vec2(0.0) : (corner * 2.0 - 1.0) * u_halo_px;
    vec2 p = mix(a_rect.xy, a_rect.zw, corner) + grow + u_offset;
    v_uv = mix(a_uv.xy, a_uv.zw, corner) + grow * v_uv_per_px;
    v_uv_box = a_uv;
    gl_Position = vec4(p.x / u_viewport.x * 2.0 - 1.0, 1.0 - p.y / u_viewport.y * 2.0, 0.0, 1.0);
}
