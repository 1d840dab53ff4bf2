using Nesting.Engine;
using Nesting.Geometry;

namespace Nesting.Jobs.Tests;

/// <summary>
/// A run's budget covers the whole run: the search gets it less the time already spent and a reserve for the finishing,
/// the reserve grows with what will be written and is capped, and the search always keeps half the budget.
/// </summary>
public sealed class RunBudgetTests
{
    /// <summary>A job of <paramref name="copies"/> squares: 4 vertices each.</summary>
    private static NestingJob Squares(int copies) => new()
    {
        Name = "squares",
        Parts = [new Part("sq", Shape.Rectangle(0, 0, 10, 10), copies)],
        Plates = [PlateStock.Rectangle("p", 1000, 1000, 10)],
    };

    [Fact]
    public void The_search_gets_the_budget_less_the_time_spent_and_the_finishing_reserve()
    {
        var job = Squares(1000);
        var options = new NestingOptions { TimeLimit = TimeSpan.FromSeconds(60) };

        var search = RunBudget.ForSearch(job, options, TimeSpan.FromSeconds(0.5));

        var reserve = RunBudget.FinishingReserve(job, options.TimeLimit);
        Assert.Equal(4000 * 3.2e-6, reserve.TotalSeconds, 6);
        Assert.Equal(60 - 0.5 - reserve.TotalSeconds, search.TimeLimit.TotalSeconds, 6);
        Assert.Equal(options with { TimeLimit = search.TimeLimit }, search);
    }

    [Fact]
    public void The_reserve_stops_at_a_quarter_of_the_budget()
    {
        var reserve = RunBudget.FinishingReserve(Squares(1_000_000), TimeSpan.FromSeconds(5));

        Assert.Equal(1.25, reserve.TotalSeconds, 9);
    }

    [Fact]
    public void A_start_up_longer_than_the_budget_still_leaves_the_search_half_of_it()
    {
        var options = new NestingOptions { TimeLimit = TimeSpan.FromSeconds(2) };

        var search = RunBudget.ForSearch(Squares(10), options, TimeSpan.FromSeconds(3));

        Assert.Equal(TimeSpan.FromSeconds(1), search.TimeLimit);
    }

    [Fact]
    public void A_step_budgeted_run_is_left_as_it_is()
    {
        var options = new NestingOptions { TimeLimit = TimeSpan.FromSeconds(2), StepLimit = 500 };

        Assert.Same(options, RunBudget.ForSearch(Squares(10), options, TimeSpan.FromSeconds(1)));
    }
}
