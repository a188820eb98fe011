// Which knowledge-base leaders lead their affiliation (heads of state and government) and which
// only serve it (ministers, secretaries, spokespeople, envoys): `leads` against `affiliated-with`.
#pragma once

#include "kb/knowledge_base.hpp"

namespace kg {

// True when one of `leader`'s roles (parts of `role` joined by ";" or " and ") is a head of state
// or government, of `of` by name ("President of Russia") or of no place named ("Prime Minister
// (2008-2012)"): President, Prime Minister, Premier, Chancellor, King, Queen, Emperor, Emir,
// Sultan, Supreme Leader, Leader, or the party head of a one-party state.
bool heads(const KbEntity& leader, const KbEntity& of);

} // namespace kg
