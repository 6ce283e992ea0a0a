namespace SalesSuite.SharedKernel.Events;

public sealed class OutboxOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);
    public int BatchSize { get; set; } = 50;
    public int MaxAttempts { get; set; } = 10;
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Tests turn the background dispatcher off to simulate a crash between commit and dispatch.</summary>
    public bool DispatcherEnabled { get; set; } = true;
}
