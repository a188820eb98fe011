// Two passes over the same glyph quads: first every halo (coverage dilated over a small disc, in
// the halo colour, so labels read over links and nodes), then every glyph's text. Two passes keep
// one glyph's halo from covering its neighbour's text. Samples outside the glyph's own atlas cell
// count as empty, so neighbouring glyphs in the atlas never bleed in. A quad with u0 < 0 is a
// label's backing plate, drawn only in the halo pass, so links do not show between words.
#version 330 core
in vec2 v_uv;
flat in vec2 v_uv_per_px;
flat in vec4 v_uv_box;

uniform sampler2D u_atlas;
uniform vec4 u_text;
uniform vec4 u_halo;
uniform float u_halo_px;
uniform int u_pass; // 0: halo, 1: text

out vec4 frag_color;

float coverage(vec2 uv) {
    vec2 lo = min(v_uv_box.xy, v_uv_box.zw), hi = max(v_uv_box.xy, v_uv_box.zw);
    if (any(lessThan(uv, lo)) || any(greaterThan(uv, hi))) return 0.0;
    return texture(u_atlas, uv).a;
}

void main() {
    if (v_uv_box.x < 0.0) { // a label's backing box (u0 < 0): a soft plate under the halo
        if (u_pass == 1) discard;
        frag_color = vec4(u_halo.rgb, u_halo.a * 0.72);
        return;
    }
    float text = coverage(v_uv);
    if (u_pass == 1) {
        if (text <= 0.003) discard;
        frag_color = vec4(u_text.rgb, u_text.a * text);
        return;
    }
    // Coverage is at most 1: once a tap reaches it the halo is decided (exact, and most halo
    // pixels next to a stroke stop after a few taps; llvmpipe samples are costly).
    float halo = text;
    for (int i = 0; i < 12 && halo < 1.0; ++i) {
        float angle = float(i) * 0.5235988;
        vec2 offset = vec2(cos(angle), sin(angle)) * u_halo_px;
        halo = max(halo, coverage(v_uv + offset * v_uv_per_px));
    }
    if (halo <= 0.003) discard;
    frag_color = vec4(u_halo.rgb, u_halo.a * halo);
}
