package dev.jarvis.telemetry.runtime.metal;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * Asks macOS's Metal framework through the Objective-C runtime, with JNA: {@code
 * MTLCreateSystemDefaultDevice()} once, then {@code objc_msgSend(device, selector)} for each
 * figure. JNA is an optional dependency; this class is only loaded on macOS when it is present.
 */
final class JnaMetalBinding implements MetalBinding {
  private final Pointer device;
  private final Function messageSend;
  private final Pointer currentAllocatedSize;
  private final Pointer recommendedMaxWorkingSetSize;

  JnaMetalBinding() {
    NativeLibrary metal =
        NativeLibrary.getInstance("/System/Library/Frameworks/Metal.framework/Metal");
    NativeLibrary objc = NativeLibrary.getInstance("objc");
    this.device = metal.getFunction("MTLCreateSystemDefaultDevice").invokePointer(new Object[0]);
    this.messageSend = objc.getFunction("objc_msgSend");
    Function selector = objc.getFunction("sel_registerName");
    this.currentAllocatedSize = selector.invokePointer(new Object[] {"currentAllocatedSize"});
    this.recommendedMaxWorkingSetSize =
        selector.invokePointer(new Object[] {"recommendedMaxWorkingSetSize"});
  }

  @Override
  public boolean hasDevice() {
    return device != null;
  }

  @Override
  public long currentAllocatedSize() {
    return messageSend.invokeLong(new Object[] {device, currentAllocatedSize});
  }

  @Override
  public long recommendedMaxWorkingSetSize() {
    return messageSend.invokeLong(new Object[] {device, recommendedMaxWorkingSetSize});
  }
}
