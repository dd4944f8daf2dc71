// The sizes a user prints and opens: true A4 and A3 pages either way round,
// the drawing inside the margins, images no larger than a viewer opens, and
// the legibility bound that lets a huge family be declined before layout.
#include "drawing_size.h"

#include <gtest/gtest.h>

namespace kinmap {
namespace {

TEST(DrawingSize, AWideFamilyGetsALandscapeA4PageAndFitsInsideTheMargins) {
  const DrawingFit fit = fit_to_page(Page::a4, 1600, 500);
  EXPECT_TRUE(fit.fixed);
  EXPECT_EQ(fit.width, 842);
  EXPECT_EQ(fit.height, 595);
  EXPECT_LE(1600 * fit.zoom, 842 - 2 * kPageMargin + 1e-9);
  EXPECT_LE(500 * fit.zoom, 595 - 2 * kPageMargin + 1e-9);
  EXPECT_DOUBLE_EQ(1600 * fit.zoom, 842 - 2 * kPageMargin);  // as large as the page allows
}

TEST(DrawingSize, ATallFamilyGetsAPortraitA3Page) {
  const DrawingFit fit = fit_to_page(Page::a3, 700, 1500);
  EXPECT_EQ(fit.width, 842);
  EXPECT_EQ(fit.height, 1191);
  EXPECT_DOUBLE_EQ(1500 * fit.zoom, 1191 - 2 * kPageMargin);
}

TEST(DrawingSize, ASmallFamilyIsEnlargedAtMostTwice) {
  EXPECT_DOUBLE_EQ(fit_to_page(Page::a3, 100, 80).zoom, 2);
}

TEST(DrawingSize, AnImageKeepsItsSizeUnlessAViewerCouldNotOpenIt) {
  EXPECT_FALSE(fit_raster(2000, 1000, 18).fixed);
  const DrawingFit strip = fit_raster(40000, 300, 18);  // one very long row
  ASSERT_TRUE(strip.fixed);
  EXPECT_LE(strip.width * kRasterPixelsPerPoint, kRasterLongSidePixels);
  const DrawingFit block = fit_raster(11000, 11000, 18);
  ASSERT_TRUE(block.fixed);
  EXPECT_LE(block.width * block.height * kRasterPixelsPerPoint * kRasterPixelsPerPoint,
            kRasterPixels);
}

TEST(DrawingSize, FiveThousandPeopleCannotBeLegibleOnAnyPageTenCanBe) {
  EXPECT_LT(largest_possible_name_points(Page::a3, 5000), kLegiblePoints);
  EXPECT_LT(largest_possible_name_points(Page::a4, 1000), kLegiblePoints);
  EXPECT_GE(largest_possible_name_points(Page::a4, 10), kLegiblePoints);
  EXPECT_GE(largest_possible_name_points(Page::a3, 300), kLegiblePoints);
}

}  // namespace
}  // namespace kinmap
