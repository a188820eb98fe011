// Node corners: one screen-aligned quad per node (four vertices, each carrying the whole node),
// sized to hold the shape, its outline and the selection ring.
// World -> framebuffer pixels -> clip space (pixel y grows downwards).
#version 330 core
layout(location = 0) in vec2 a_pos;
layout(location = 1) in float a_radius;
layout(location = 2) in vec4 a_fill;
layout(location = 3) in vec4 a_outline;
layout(location = 4) in uvec3 a_shape_flags; // shape, NodeFlag bits, corner (bit 0: x, bit 1: y)

uniform vec2 u_center;
uniform float u_zoom;
uniform vec2 u_viewport;
uniform float u_min_radius_px;

out vec2 v_local;
flat out float v_radius;
flat out vec4 v_fill;
flat out vec4 v_outline;
flat out uint v_shape;
flat out uint v_flags;

void main() {
    float r = max(a_radius * u_zoom, u_min_radius_px);
    // Diamond tips reach 1.15 r along the axes and fade out within 0.71 px (its distance is
    // scaled by 1/sqrt 2); every other shape ends sooner. Only selected and new nodes pay for
    // their rings (4 and 5 px): llvmpipe shades every pixel of the quad, so the quad stays tight.
    bool ringed = (a_shape_flags.y & 17u) != 0u; // kNodeSelected | kNodeNew
    float extent = ringed ? r * 1.2 + 6.0 : r * 1.15 + 0.75;
    uint c = a_shape_flags.z;
    vec2 corner = vec2((c & 1u) != 0u ? 1.0 : -1.0, (c & 2u) != 0u ? 1.0 : -1.0);
    v_local = corner * extent;
    v_radius = r;
    v_fill = a_fill;
    v_outline = a_outline;
    v_shape = a_shape_flags.x;
    v_flags = a_shape_flags.y;
    vec2 screen = (a_pos - u_center) * u_zoom + 0.5 * u_viewport + v_local;
    gl_Position = vec4(screen.x / u_viewport.x * 2.0 - 1.0, 1.0 - screen.y / u_viewport.y * 2.0, 0.0, 1.0);
}
