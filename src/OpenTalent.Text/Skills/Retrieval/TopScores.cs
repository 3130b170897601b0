namespace OpenTalent.Text.Skills.Retrieval;

/// <summary>
/// The best few (skill, score) pairs of a stream, as a fixed-capacity min-heap on plain arrays: a value that
/// cannot enter costs one comparison, and reusing it across queries allocates nothing.
/// </summary>
internal sealed class TopScores
{
    private int[] skills = new int[16];
    private float[] scores = new float[16];
    private int capacity;

    public int Count { get; private set; }

    /// <summary>The weakest score held; only meaningful when <see cref="IsFull"/>.</summary>
    public float Weakest => scores[0];

    public bool IsFull => Count == capacity;

    public void Reset(int newCapacity)
    {
        if (newCapacity > skills.Length)
        {
            skills = new int[newCapacity];
            scores = new float[newCapacity];
        }

        capacity = newCapacity;
        Count = 0;
    }

    public void Offer(int skill, float score)
    {
        if (Count < capacity)
        {
            var at = Count++;
            while (at > 0)
            {
                var parent = (at - 1) >> 1;
                if (scores[parent] <= score)
                {
                    break;
                }

                skills[at] = skills[parent];
                scores[at] = scores[parent];
                at = parent;
            }

            skills[at] = skill;
            scores[at] = score;
        }
        else if (capacity > 0 && score > scores[0])
        {
            SiftDown(skill, score);
        }
    }

    /// <summary>Removes the weakest entry.</summary>
    public (int Skill, float Score) Pop()
    {
        var weakest = (skills[0], scores[0]);
        Count--;
        if (Count > 0)
        {
            SiftDown(skills[Count], scores[Count]);
        }

        return weakest;
    }

    private void SiftDown(int skill, float score)
    {
        var at = 0;
        while (true)
        {
            var child = (2 * at) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && scores[child + 1] < scores[child])
            {
                child++;
            }

            if (scores[child] >= score)
            {
                break;
            }

            skills[at] = skills[child];
            scores[at] = scores[child];
            at = child;
        }

        skills[at] = skill;
        scores[at] = score;
    }
}
