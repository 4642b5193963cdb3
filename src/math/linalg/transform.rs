//! Transformation matrices of the plane and space: rotation, scaling, shear, reflection, projection; composition.
