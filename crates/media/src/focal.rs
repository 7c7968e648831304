//! Where in a picture its subject is: kept in view when a layout crops the picture.

use crate::MediaError;

/// The point of a picture that cropping keeps in view, as fractions of its width (`x`, from
/// the left) and height (`y`, from the top), each from 0 to 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FocalPoint {
    x: f32,
    y: f32,
}

impl FocalPoint {
    /// The centre of the picture, where cropping centres by default.
    pub const CENTER: FocalPoint = FocalPoint { x: 0.5, y: 0.5 };

    /// A focal point; refused unless both coordinates are numbers from 0 to 1.
    pub fn new(x: f32, y: f32) -> Result<FocalPoint, MediaError> {
        if (0.0..=1.0).contains(&x) && (0.0..=1.0).contains(&y) {
            Ok(FocalPoint { x, y })
        } else {
            Err(MediaError::FocalPointOutside)
        }
    }

    /// The fraction of the width from the left edge.
    pub fn x(self) -> f32 {
        self.x
    }

    /// The fraction of the height from the top edge.
    pub fn y(self) -> f32 {
        self.y
    }

    /// The value of CSS `object-position` that keeps the point in view: "50% 30%" (to a
    /// tenth of a percent, without a trailing ".0").
    pub fn css_object_position(self) -> String {
        format!("{} {}", percent(self.x), percent(self.y))
    }
}

impl Default for FocalPoint {
    fn default() -> Self {
        FocalPoint::CENTER
    }
}

/// "30%", "33.3%" for 0.3 and 1/3.
fn percent(fraction: f32) -> String {
    let tenths = (f64::from(fraction) * 1000.0).round();
    if tenths % 10.0 == 0.0 {
        format!("{}%", tenths / 10.0)
    } else {
        format!("{:.1}%", tenths / 10.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn focal_points_lie_within_the_picture() {
        let p = FocalPoint::new(0.5, 0.3).expect("inside");
        assert_eq!(p.css_object_position(), "50% 30%");
        assert_eq!(FocalPoint::default().css_object_position(), "50% 50%");
        assert_eq!(
            FocalPoint::new(0.0, 1.0)
                .expect("edges")
                .css_object_position(),
            "0% 100%"
        );
        assert_eq!(
            FocalPoint::new(1.0 / 3.0, 0.125)
                .expect("inside")
                .css_object_position(),
            "33.3% 12.5%"
        );
        for (x, y) in [
            (-0.01, 0.5),
            (0.5, 1.01),
            (f32::NAN, 0.5),
            (0.5, f32::INFINITY),
        ] {
            assert!(
                matches!(FocalPoint::new(x, y), Err(MediaError::FocalPointOutside)),
                "{x} {y}"
            );
        }
    }
}
