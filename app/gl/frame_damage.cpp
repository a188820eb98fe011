// Damage rectangles: merging, the overlay's screen extent, ImGui draw-list diffing and the
// clipped ImGui redraw.
#include "gl/frame_damage.hpp"

#include "view/node_shape.hpp"

#include <backends/imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace kg::app {
namespace {

// Two rectangles closer than this merge (one bigger copy beats two passes over ImGui).
constexpr int kMergeSlackPx = 32;

bool near_or_overlapping(const PixelRect& a, const PixelRect& b) {
    return a.x0 <= b.x1 + kMergeSlackPx && b.x0 <= a.x1 + kMergeSlackPx &&
           a.y0 <= b.y1 + kMergeSlackPx && b.y0 <= a.y1 + kMergeSlackPx;
}

bool same_vert(const ImDrawVert& a, const ImDrawVert& b) {
    return a.pos.x == b.pos.x && a.pos.y == b.pos.y && a.uv.x == b.uv.x && a.uv.y == b.uv.y &&
           a.col == b.col;
}

bool same_tri(const ImGuiDamage::Tri& a, const ImGuiDamage::Tri& b) {
    return same_vert(a.v[0], b.v[0]) && same_vert(a.v[1], b.v[1]) && same_vert(a.v[2], b.v[2]) &&
           a.clip.x == b.clip.x && a.clip.y == b.clip.y && a.clip.z == b.clip.z &&
           a.clip.w == b.clip.w && a.texture == b.texture;
}

// ImGui coordinates -> framebuffer pixels, grown to whole pixels plus one for rounding.
PixelRect to_pixels(float x0, float y0, float x1, float y1, const ImDrawData& data) {
    const ImVec2 o = data.DisplayPos, s = data.FramebufferScale;
    return {int(std::floor((x0 - o.x) * s.x)) - 1, int(std::floor((y0 - o.y) * s.y)) - 1,
            int(std::ceil((x1 - o.x) * s.x)) + 1, int(std::ceil((y1 - o.y) * s.y)) + 1};
}

// The pixels a run of triangles can touch: their vertices' box inside each one's clip rect.
PixelRect extent(const std::vector<ImGuiDamage::Tri>& tris, std::size_t from, std::size_t to,
                 const ImDrawData& data) {
    PixelRect out;
    for (std::size_t i = from; i < to; ++i) {
        const ImGuiDamage::Tri& t = tris[i];
        float x0 = t.v[0].pos.x, x1 = x0, y0 = t.v[0].pos.y, y1 = y0;
        for (const ImDrawVert& v : t.v) {
            x0 = std::min(x0, v.pos.x);
            x1 = std::max(x1, v.pos.x);
            y0 = std::min(y0, v.pos.y);
            y1 = std::max(y1, v.pos.y);
        }
        x0 = std::max(x0, t.clip.x);
        y0 = std::max(y0, t.clip.y);
        x1 = std::min(x1, t.clip.z);
        y1 = std::min(y1, t.clip.w);
        if (x1 <= x0 || y1 <= y0) continue; // clipped away: draws nothing
        out = unite(out, to_pixels(x0, y0, x1, y1, data));
    }
    return out;
}

} // namespace

PixelRect unite(const PixelRect& a, const PixelRect& b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

PixelRect intersect(const PixelRect& a, const PixelRect& b) {
    PixelRect r{std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1),
                std::min(a.y1, b.y1)};
    return r.empty() ? PixelRect{} : r;
}

void DamageRegion::reset(int width, int height) {
    width_ = width;
    height_ = height;
    full_ = false;
    rects_.clear();
}

void DamageRegion::add(PixelRect r) {
    r = intersect(r, {0, 0, width_, height_});
    if (r.empty() || full_) return;
    // Merge with every rectangle it touches (repeatedly: the union may reach others).
    for (bool merged = true; merged;) {
        merged = false;
        for (std::size_t i = 0; i < rects_.size(); ++i)
            if (near_or_overlapping(rects_[i], r)) {
                r = unite(r, rects_[i]);
                rects_.erase(rects_.begin() + std::ptrdiff_t(i));
                merged = true;
                break;
            }
    }
    rects_.push_back(r);
    if (rects_.size() > kMaxRects) {
        PixelRect box;
        for (const PixelRect& q : rects_) box = unite(box, q);
        rects_.assign(1, box);
    }
}

std::vector<PixelRect> DamageRegion::rects() const {
    if (full_) return {PixelRect{0, 0, width_, height_}};
    return rects_;
}

long long DamageRegion::area() const {
    long long a = 0;
    for (const PixelRect& r : rects()) a += r.area();
    return a;
}

std::optional<PixelRect> overlay_screen_rect(const RenderScene& overlay, const Camera& camera) {
    if (overlay.nodes.empty() && overlay.edges.empty()) return std::nullopt;
    PixelRect out;
    auto add = [&](Vec2 a, Vec2 b, float pad) {
        out = unite(out, {int(std::floor(std::min(a.x, b.x) - pad)),
                          int(std::floor(std::min(a.y, b.y) - pad)),
                          int(std::ceil(std::max(a.x, b.x) + pad)),
                          int(std::ceil(std::max(a.y, b.y) + pad))});
    };
    for (const NodeInstance& n : overlay.nodes) {
        // The node shader's quad: r * 1.2 + 6 px with the selection ring, less without.
        const float r = std::max(n.radius * camera.zoom, kMinNodeRadiusPx);
        const Vec2 c = camera.world_to_screen(n.pos);
        add(c, c, r * 1.2f + 8.0f);
    }
    for (const EdgeInstance& e : overlay.edges)
        add(camera.world_to_screen(e.a), camera.world_to_screen(e.b), e.width_px + 4.0f);
    return out;
}

void ImGuiDamage::diff(const ImDrawData& data, DamageRegion& damage) {
    // Flatten this frame's lists into triangles (resolved vertices + clip + texture).
    scratch_.resize(std::size_t(std::max(data.CmdListsCount, 0)));
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        List& out = scratch_[std::size_t(n)];
        out.owner = list._OwnerName ? list._OwnerName : "";
        out.tris.clear();
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback) {
                damage.add_all();
                continue;
            }
            for (unsigned e = 0; e + 2 < cmd.ElemCount; e += 3) {
                Tri t;
                for (int k = 0; k < 3; ++k)
                    t.v[k] = list.VtxBuffer[int(
                        cmd.VtxOffset + list.IdxBuffer[int(cmd.IdxOffset + e + unsigned(k))])];
                t.clip = cmd.ClipRect;
                t.texture = cmd.TextureId;
                out.tris.push_back(t);
            }
        }
    }
    // Match lists by owner; the matched ones must keep their order, else they are new.
    std::vector<int> old_of(scratch_.size(), -1);
    std::vector<bool> old_used(lists_.size(), false);
    int last_old = -1;
    for (std::size_t n = 0; n < scratch_.size(); ++n)
        for (std::size_t o = 0; o < lists_.size(); ++o)
            if (!old_used[o] && lists_[o].owner == scratch_[n].owner) {
                if (int(o) > last_old) {
                    old_of[n] = int(o);
                    old_used[o] = true;
                    last_old = int(o);
                }
                break;
            }
    for (std::size_t o = 0; o < lists_.size(); ++o)
        if (!old_used[o]) damage.add(extent(lists_[o].tris, 0, lists_[o].tris.size(), data));
    for (std::size_t n = 0; n < scratch_.size(); ++n) {
        const std::vector<Tri>& now = scratch_[n].tris;
        if (old_of[n] < 0) {
            damage.add(extent(now, 0, now.size(), data));
            continue;
        }
        const std::vector<Tri>& was = lists_[std::size_t(old_of[n])].tris;
        const std::size_t common = std::min(now.size(), was.size());
        std::size_t prefix = 0;
        while (prefix < common && same_tri(now[prefix], was[prefix])) ++prefix;
        if (prefix == common && now.size() == was.size()) continue;
        std::size_t suffix = 0;
        while (suffix < common - prefix &&
               same_tri(now[now.size() - 1 - suffix], was[was.size() - 1 - suffix]))
            ++suffix;
        damage.add(extent(was, prefix, was.size() - suffix, data));
        damage.add(extent(now, prefix, now.size() - suffix, data));
    }
    std::swap(lists_, scratch_);
}

bool imgui_clip_exact(const ImDrawData& data) {
    const ImVec2 s = data.FramebufferScale;
    return s.x == s.y && (s.x == 1.0f || s.x == 2.0f);
}

void render_imgui_in(ImDrawData& data, const PixelRect& rect) {
    // The rectangle in ImGui units (exact for the scales imgui_clip_exact accepts).
    const ImVec2 o = data.DisplayPos, s = data.FramebufferScale;
    const ImVec4 r{float(rect.x0) / s.x + o.x, float(rect.y0) / s.y + o.y,
                   float(rect.x1) / s.x + o.x, float(rect.y1) / s.y + o.y};
    // Only the lists that reach the rectangle, their clip rects narrowed to it (commands that
    // end up empty are skipped by the backend), restored afterwards.
    std::vector<ImDrawList*> lists;
    std::vector<ImVec4> saved;
    for (int n = 0; n < data.CmdListsCount; ++n) {
        ImDrawList* list = data.CmdLists[n];
        bool reaches = false;
        for (ImDrawCmd& cmd : list->CmdBuffer) {
            saved.push_back(cmd.ClipRect);
            cmd.ClipRect = {std::max(cmd.ClipRect.x, r.x), std::max(cmd.ClipRect.y, r.y),
                            std::min(cmd.ClipRect.z, r.z), std::min(cmd.ClipRect.w, r.w)};
            if (cmd.ClipRect.z <= cmd.ClipRect.x || cmd.ClipRect.w <= cmd.ClipRect.y)
                cmd.ClipRect = {r.x, r.y, r.x, r.y}; // empty: skipped
            else
                reaches = true;
        }
        if (reaches) lists.push_back(list);
    }
    if (!lists.empty()) {
        ImDrawData part = data;
        part.CmdLists = lists.data();
        part.CmdListsCount = int(lists.size());
        ImGui_ImplOpenGL3_RenderDrawData(&part);
    }
    std::size_t k = 0;
    for (int n = 0; n < data.CmdListsCount; ++n)
        for (ImDrawCmd& cmd : data.CmdLists[n]->CmdBuffer) cmd.ClipRect = saved[k++];
}

void render_imgui(ImDrawData& data) {
    ImGui_ImplOpenGL3_RenderDrawData(&data);
}

} // namespace kg::app
