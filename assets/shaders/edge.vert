// Link corners as quads (wide, anti-aliased) or, in the zoomed-out level of detail, as
// one-pixel GL_LINES: the same vertices either way (a line indexes corners 0 and 1). Each vertex
// carries its whole link, so the corner is placed here. Sub-pixel links collapse to nothing.
#version 330 core
layout(location = 0) in vec2 a_a;
layout(location = 1) in vec2 a_b;
layout(location = 2) in float a_width;
layout(location = 3) in vec4 a_color;
layout(location = 4) in uvec2 a_flags_corner; // EdgeFlag bits; bit 0: end b, bit 1: side

uniform vec2 u_center;
uniform float u_zoom;
uniform vec2 u_viewport;
uniform float u_min_length_px; // shorter links are skipped: they would be hidden by their nodes
uniform int u_lines;           // 1: GL_LINES (no width)

out float v_along;
out float v_across;
flat out float v_half_width;
flat out vec4 v_color;
flat out uint v_flags;

void main() {
    vec2 sa = (a_a - u_center) * u_zoom + 0.5 * u_viewport;
    vec2 sb = (a_b - u_center) * u_zoom + 0.5 * u_viewport;
    vec2 d = sb - sa;
    float len = length(d);
    v_color = a_color;
    v_flags = a_flags_corner.x;
    uint corner = a_flags_corner.y;
    if (len < u_min_length_px) {
        gl_Position = vec4(2.0, 2.0, 2.0, 1.0); // outside the clip volume: no fragments
        v_along = v_across = v_half_width = 0.0;
        return;
    }
    vec2 dir = d / len;
    vec2 normal = vec2(-dir.y, dir.x);
    float t = float(corner & 1u);
    float side = (corner & 2u) != 0u ? 1.0 : -1.0;
    float half_width = 0.5 * a_width;
    // Half a pixel of margin on each side: coverage (edge.frag) reaches zero there.
    float reach = u_lines == 1 ? 0.0 : side * (half_width + 0.5);
    vec2 p = mix(sa, sb, t) + normal * reach;
    v_along = t * len;
    v_across = reach;
    v_half_width = u_lines == 1 ? 0.5 : half_width;
    gl_Position = vec4(p.x / u_viewport.x * 2.0 - 1.0, 1.0 - p.y / u_viewport.y * 2.0, 0.0, 1.0);
}
