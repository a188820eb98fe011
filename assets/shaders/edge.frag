// Link colour with an anti-aliased edge; single-source links dashed (6 px on, 4 px off) so weak
// evidence reads at a glance. Thin-line mode keeps the dashes and fades width into alpha.
#version 330 core
in float v_along;
in float v_across;
flat in float v_half_width;
flat in vec4 v_color;
flat in uint v_flags;

uniform int u_lines;

out vec4 frag_color;

const uint kDashed = 1u;
const float kDashOn = 6.0;
const float kDashPeriod = 10.0;

void main() {
    float alpha = v_color.a;
    if (u_lines == 1) {
        alpha *= 0.85;
    } else {
        alpha *= clamp(v_half_width + 0.5 - abs(v_across), 0.0, 1.0);
    }
    if ((v_flags & kDashed) != 0u) {
        float m = mod(v_along, kDashPeriod);
        alpha *= clamp(min(m, kDashOn - m) + 0.5, 0.0, 1.0);
    }
    if (alpha <= 0.0) discard;
    frag_color = vec4(v_color.rgb, alpha);
}
