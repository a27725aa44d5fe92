/** The embedded worked example: Staffordshire and Stoke-on-Trent (footprint 10), from its October 2016 plan. */
package org.stptoolkit.model.example;
