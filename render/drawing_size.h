// How big the genogram comes out, decided once from one layout: a true A4
// or A3 page (595 x 842 pt, 842 x 1191 pt, landscape when the drawing is
// wider than tall) with the drawing scaled to fit inside the margins and
// centred; an image no viewer would refuse (at most 16,384 px on the long
// side and 64 million pixels); and whether names are still legible at that
// size (6 pt printed, or 8 px on screen).
//
//   const DrawingFit fit = fit_to_page(Page::a4, 1200, 400);
//   // fit.width == 842, fit.height == 595, fit.zoom < 1
//   if (fit.name_points() < kLegiblePoints) ...  // too small to read
#pragma once

#include <cstddef>
#include <string>

namespace kinmap {

enum class Page { none, a4, a3 };

/// The size person names are set in on the drawing (genogram.cpp).
inline constexpr double kNamePoints = 10;
/// Smaller than this when printed, a name cannot be read.
inline constexpr double kLegiblePoints = 6;
/// The white border kept round the drawing on a page: 0.4 in.
inline constexpr double kPageMargin = 28.8;
/// An image larger than this is refused or cut down by common viewers.
inline constexpr double kRasterLongSidePixels = 16384;
inline constexpr double kRasterPixels = 64e6;
/// Graphviz's bitmap resolution: one point is 96/72 pixels.
inline constexpr double kRasterPixelsPerPoint = 96.0 / 72.0;

/// More people than this in one drawing cannot be read in any output (an
/// image a viewer opens shows their names at a pixel or two), and Graphviz
/// takes minutes over them (42 s at 5,000, 9 s at 3,000 on two cores):
/// kinmap declines them at once unless told otherwise (--all).
inline constexpr std::size_t kMostPeopleInOneDrawing = 3000;

struct PageSize {
  double width = 0;   ///< points, portrait
  double height = 0;  ///< points
};

PageSize page_points(Page page);
std::string page_name(Page page);  ///< "A4", "A3"

/// The output's size and the drawing's scale in it.
struct DrawingFit {
  bool fixed = false;  ///< the size is imposed (a page, an image cap): names may come out small
  double width = 0;    ///< output size in points, when fixed
  double height = 0;
  double zoom = 1;  ///< the drawing's scale
  double name_points() const { return kNamePoints * zoom; }
};

/// `drawing_width` x `drawing_height` points (the laid-out drawing's
/// bounding box) on `page`: scaled to fit inside the margins, at most
/// twice its own size, landscape when wider than tall.
DrawingFit fit_to_page(Page page, double drawing_width, double drawing_height);

/// The same drawing as an image with `pad` points round it: its own size
/// unless that exceeds the pixel caps, scaled down to them if so.
DrawingFit fit_raster(double drawing_width, double drawing_height, double pad);

/// Before any layout: the largest name size `people` symbols could have on
/// `page`, from the space each symbol needs at the least (0.8 in square).
/// Below kLegiblePoints the family cannot be legible on that page however
/// Graphviz lays it out, so kinmap need not spend a layout finding out.
double largest_possible_name_points(Page page, std::size_t people);

}  // namespace kinmap
