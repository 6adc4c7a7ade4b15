package org.framewright.dsl.ide;


/**
 * Use this class to register ide components.
 */
public class FramewrightIdeModule extends AbstractFramewrightIdeModule {
}
