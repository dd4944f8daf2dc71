#include "drawing_size.h"

#include <algorithm>
#include <cmath>

namespace kinmap {
namespace {

/// A person's symbol is at least 0.8 in wide and high (genogram.cpp).
constexpr double kSmallestSymbolPoints = 0.8 * 72;
/// A small family is enlarged to fill the page, but not past this.
constexpr double kLargestPageZoom = 2;

}  // namespace

PageSize page_points(Page page) {
  switch (page) {
    case Page::a4:
      return {595, 842};
    case Page::a3:
      return {842, 1191};
    case Page::none:
      break;
  }
  return {};
}

std::string page_name(Page page) {
  return page == Page::a3 ? "A3" : page == Page::a4 ? "A4" : "";
}

DrawingFit fit_to_page(Page page, double drawing_width, double drawing_height) {
  const PageSize portrait = page_points(page);
  const bool landscape = drawing_width > drawing_height;
  DrawingFit fit;
  fit.fixed = true;
  fit.width = landscape ? portrait.height : portrait.width;
  fit.height = landscape ? portrait.width : portrait.height;
  const double across = fit.width - 2 * kPageMargin;
  const double down = fit.height - 2 * kPageMargin;
  fit.zoom = std::min({across / std::max(drawing_width, 1.0), down / std::max(drawing_height, 1.0),
                       kLargestPageZoom});
  return fit;
}

DrawingFit fit_raster(double drawing_width, double drawing_height, double pad) {
  const double width = drawing_width + 2 * pad;
  const double height = drawing_height + 2 * pad;
  const double long_side = std::max(width, height) * kRasterPixelsPerPoint;
  const double pixels = width * height * kRasterPixelsPerPoint * kRasterPixelsPerPoint;
  DrawingFit fit;
  fit.zoom = std::min(
      {1.0, kRasterLongSidePixels / long_side, std::sqrt(kRasterPixels / std::max(pixels, 1.0))});
  if (fit.zoom < 1) {
    fit.fixed = true;
    // Whole pixels, rounded down, so the cap holds after Graphviz rounds.
    fit.width = std::floor(width * fit.zoom * kRasterPixelsPerPoint) / kRasterPixelsPerPoint;
    fit.height = std::floor(height * fit.zoom * kRasterPixelsPerPoint) / kRasterPixelsPerPoint;
  }
  return fit;
}

double largest_possible_name_points(Page page, std::size_t people) {
  if (page == Page::none || people == 0) return kNamePoints * kLargestPageZoom;
  const PageSize size = page_points(page);
  const double printable = (size.width - 2 * kPageMargin) * (size.height - 2 * kPageMargin);
  const double needed = static_cast<double>(people) * kSmallestSymbolPoints * kSmallestSymbolPoints;
  return kNamePoints * std::min(kLargestPageZoom, std::sqrt(printable / needed));
}

}  // namespace kinmap
