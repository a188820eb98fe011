// Node shapes by signed distance (same functions as graph/view/node_shape.cpp), with a one-pixel
// anti-aliased edge at every zoom, an outline, and marks for selected, hovered, pinned and new.
#version 330 core
in vec2 v_local;
flat in float v_radius;
flat in vec4 v_fill;
flat in vec4 v_outline;
flat in uint v_shape;
flat in uint v_flags;

uniform vec4 u_background;
uniform vec4 u_selection;
uniform vec4 u_pinned;

out vec4 frag_color;

const uint kSelected = 1u;
const uint kHovered = 2u;
const uint kPinned = 8u;
const uint kNew = 16u;

float shape_distance(uint shape, vec2 p, float r) {
    if (shape == 1u) { // rounded square
        float half_side = r * 0.86, round_r = r * 0.3;
        vec2 q = abs(p) - vec2(half_side - round_r);
        return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - round_r;
    }
    if (shape == 2u) // diamond
        return (abs(p.x) + abs(p.y) - r * 1.15) * 0.70710678;
    if (shape == 3u) { // hexagon, inradius 0.9 r
        const vec3 k = vec3(-0.866025404, 0.5, 0.577350269);
        float h = r * 0.9;
        p = abs(p);
        p -= 2.0 * min(dot(k.xy, p), 0.0) * k.xy;
        p -= vec2(clamp(p.x, -k.z * h, k.z * h), h);
        return length(p) * sign(p.y);
    }
    return length(p) - r; // circle and ring
}

// Straight-alpha "over".
vec4 over(vec4 top, vec4 bottom) {
    float a = top.a + bottom.a * (1.0 - top.a);
    vec3 c = a > 0.0 ? (top.rgb * top.a + bottom.rgb * bottom.a * (1.0 - top.a)) / a : vec3(0.0);
    return vec4(c, a);
}

void main() {
    float r = v_radius;
    float d = shape_distance(v_shape, v_local, r);
    // Tiny nodes get a thinner outline so their colour still shows.
    float outline_w = clamp(r * 0.16, 0.0, 1.6) + ((v_flags & kHovered) != 0u ? 1.5 : 0.0);
    outline_w = min(outline_w, r * 0.45);

    vec4 body = v_fill;
    if (v_shape == 4u) { // ring: a coloured band around a tinted hole
        float band = r * 0.34;
        float inner = clamp(length(v_local) - (r - band) + 0.5, 0.0, 1.0);
        body = mix(mix(v_fill, u_background, 0.72), v_fill, inner);
    }
    if ((v_flags & kPinned) != 0u) {
        float dot_r = max(1.5, r * 0.22);
        body = mix(u_pinned, body, clamp(length(v_local) - dot_r + 0.5, 0.0, 1.0));
    }
    vec4 color = mix(v_outline, body, clamp(-d - outline_w + 0.5, 0.0, 1.0));
    color.a *= clamp(0.5 - d, 0.0, 1.0);

    if ((v_flags & kSelected) != 0u) {
        float ring = clamp(4.0 - d + 0.5, 0.0, 1.0) * clamp(d + 0.5, 0.0, 1.0);
        color = over(color, vec4(u_selection.rgb, ring));
    }
    if ((v_flags & kNew) != 0u) { // new from an added article: a ring in the pin colour, 2-5 px out
        float ring = clamp(5.0 - d + 0.5, 0.0, 1.0) * clamp(d - 2.0 + 0.5, 0.0, 1.0);
        color = over(color, vec4(u_pinned.rgb, ring));
    }
    if (color.a <= 0.0) discard;
    frag_color = color;
}
