#include "analysis/unionarea.h"

#include "analysis/analysisfeedback.h"
#include "analysis/unionboundary.h"

#include <QCoreApplication>

#include <cstdint>
#include <map>
#include <numeric>

namespace
{
  /** Disjoint sets of polygon indexes (union–find with path halving). */
  class OverlapGroups
  {
    public:
      explicit OverlapGroups(size_t count)
          : mParent(count)
      {
        std::iota(mParent.begin(), mParent.end(), size_t{0});
      }

      size_t root(size_t index)
      {
        while (mParent[index] != index)
        {
          mParent[index] = mParent[mParent[index]];
          index = mParent[index];
        }
        return index;
      }

      void join(size_t a, size_t b) { mParent[root(a)] = root(b); }

    private:
      std::vector<size_t> mParent;
  };

  struct QueryContext
  {
      std::vector<size_t> *candidates;
  };

  void collectCandidate(void *item, void *userData)
  {
    static_cast<QueryContext *>(userData)->candidates->push_back(
        static_cast<size_t>(reinterpret_cast<std::uintptr_t>(item)));
  }
} // namespace

namespace unionarea
{
  std::optional<double> of(const GeosContext &geos, const std::vector<const GEOSGeometry *> &polygons,
                           const AnalysisFeedback *feedback, QString *error)
  {
    UnionBoundary boundary;
    for (const GEOSGeometry *polygon : polygons)
      boundary.add(geos, polygon);
    const std::optional<UnionBoundary::Measure> measure = boundary.measure(feedback);
    if (!measure)
      return std::nullopt;
    if (measure->unresolved.empty())
      return measure->area;
    const std::optional<double> rest = byOverlay(geos, measure->unresolved, feedback, error);
    if (!rest)
      return std::nullopt;
    return measure->area + *rest;
  }

  std::optional<double> byOverlay(const GeosContext &geos, const std::vector<const GEOSGeometry *> &polygons,
                                  const AnalysisFeedback *feedback, QString *error)
  {
    const GEOSContextHandle_t handle = geos.handle();
    const size_t count = polygons.size();
    GEOSSTRtree *tree = GEOSSTRtree_create_r(handle, 10);
    for (size_t i = 0; i < count; ++i)
      GEOSSTRtree_insert_r(handle, tree, polygons[i],
                           reinterpret_cast<void *>(static_cast<std::uintptr_t>(i)));

    OverlapGroups groups(count);
    std::vector<size_t> candidates;
    QueryContext context{&candidates};
    for (size_t i = 0; i < count; ++i)
    {
      if (feedback && feedback->isCanceled())
      {
        GEOSSTRtree_destroy_r(handle, tree);
        return std::nullopt;
      }
      candidates.clear();
      GEOSSTRtree_query_r(handle, tree, polygons[i], &collectCandidate, &context);
      for (const size_t j : candidates)
      {
        // Polygons that only touch add up exactly; only overlapping interiors need a union.
        if (j > i && groups.root(i) != groups.root(j) &&
            GEOSRelatePattern_r(handle, polygons[i], polygons[j], "T********") == 1)
          groups.join(i, j);
      }
    }
    GEOSSTRtree_destroy_r(handle, tree);

    std::map<size_t, std::vector<size_t>> members;
    for (size_t i = 0; i < count; ++i)
      members[groups.root(i)].push_back(i);
    double total = 0;
    for (const auto &[root, group] : members)
    {
      if (group.size() == 1)
      {
        total += geos.area(polygons[group.front()]);
        continue;
      }
      std::vector<GeosContext::Geometry> clones;
      clones.reserve(group.size());
      for (const size_t index : group)
        clones.push_back(geos.own(GEOSGeom_clone_r(handle, polygons[index])));
      const GeosContext::Geometry collection = geos.collect(GEOS_GEOMETRYCOLLECTION, std::move(clones));
      const GeosContext::Geometry united = geos.own(GEOSUnaryUnion_r(handle, collection.get()));
      if (!united)
      {
        *error = QCoreApplication::translate("unionarea", "GEOS could not unite %n overlapping polygons: %1",
                                             nullptr, static_cast<int>(group.size()))
                     .arg(geos.lastError());
        return std::nullopt;
      }
      total += geos.area(united.get());
    }
    return total;
  }
} // namespace unionarea
