using SalesSuite.SharedKernel.Events;

namespace SalesSuite.SharedKernel.Tests;

public sealed class OutboxSignalTests
{
    [Fact]
    public async Task Given_a_commit_signalled_while_the_dispatcher_was_busy_When_it_then_waits_Then_it_wakes_at_once()
    {
        var signal = new OutboxSignal();
        signal.Notify(); // the dispatcher was still in its pass when this commit happened

        var wait = signal.WaitAsync(TimeSpan.FromMinutes(10), CancellationToken.None);

        await wait.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Given_no_signal_When_waiting_Then_the_poll_interval_ends_the_wait()
    {
        var signal = new OutboxSignal();

        await signal.WaitAsync(TimeSpan.FromMilliseconds(50), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Given_a_stopping_service_When_waiting_Then_cancellation_ends_the_wait_without_throwing()
    {
        var signal = new OutboxSignal();
        using var stopping = new CancellationTokenSource();

        var wait = signal.WaitAsync(TimeSpan.FromMinutes(10), stopping.Token);
        await stopping.CancelAsync();

        await wait.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Given_commits_in_two_contexts_When_the_dispatcher_takes_them_Then_it_gets_both_once_and_a_later_commit_waits_for_the_next_take()
    {
        var signal = new OutboxSignal();
        signal.Notify(typeof(string));
        signal.Notify(typeof(int));
        signal.Notify(typeof(string));

        Assert.Equal(new HashSet<Type> { typeof(string), typeof(int) }, signal.TakeWritten());
        Assert.Empty(signal.TakeWritten()!);

        signal.Notify(typeof(int));
        Assert.Equal([typeof(int)], signal.TakeWritten()!);
    }

    [Fact]
    public void Given_a_signal_that_names_no_context_When_taken_Then_every_outbox_is_to_be_read()
    {
        var signal = new OutboxSignal();
        signal.Notify(typeof(string));
        signal.Notify();

        Assert.Null(signal.TakeWritten());
        Assert.Empty(signal.TakeWritten()!);
    }

    [Fact]
    public async Task Given_commits_while_the_dispatcher_gathers_When_it_takes_them_Then_no_wake_up_is_left_for_them()
    {
        var signal = new OutboxSignal();
        signal.Notify(typeof(string));
        Assert.True(await signal.WaitAsync(TimeSpan.FromMinutes(10), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));
        signal.Notify(typeof(string)); // during the gather delay
        signal.Notify(typeof(int));

        Assert.Equal(new HashSet<Type> { typeof(string), typeof(int) }, signal.TakeWritten());

        // Nothing new: the next wait is ended by its timeout (the poll), not by a wake-up of commits already taken.
        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(50), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));
        signal.Notify(typeof(int));
        Assert.True(await signal.WaitAsync(TimeSpan.FromMinutes(10), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
