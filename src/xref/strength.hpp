// What each relation does to the standing of the document it cites: how strong its effect is, and
// the status it gives (status decides by them).
#pragma once
#include "model/kinds.hpp"

namespace gazette {

/// Strength of a relation's effect on the cited document's status (higher wins): repeals 5,
/// replaces and revises 3, amends 2, supplements 1; the others 0 (extends, suspends and resumes
/// decide beside them).
int Strength(Relation type);

/// The status a relation gives the document it cites (in-force for those that give none).
LegalStatus StatusOf(Relation type);

}  // namespace gazette
