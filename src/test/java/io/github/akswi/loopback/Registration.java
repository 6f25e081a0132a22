package io.github.akswi.loopback;

import com.google.protobuf.Struct;

import pulumirpc.Resource.RegisterResourceRequest;

/**
 * One registration the loopback engine received, with the URN it gave the resource and the state it
 * answered with.
 */
public record Registration(RegisterResourceRequest request, String urn, Struct state) {}
