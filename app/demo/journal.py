"""Sample reflection entries for the demo class, so every journal screen has something real to show."""

DEMO_ENTRIES: tuple[tuple[str, int, str | None, str, str], ...] = (
    # --- Session 1 (Jonah absent) ---
    (
        "Amara",
        1,
        "self-name-beats",
        "class",
        "My name has 3 beats. A-MA-RA. It sounds like a drum going down the stairs 🥁",
    ),
    (
        "Amara",
        1,
        "self-my-name",
        "facilitator",
        (
            "My name means kindness, or strength, depending on which auntie you ask. My grandma chose it. "
            "People say it wrong on the first day all the time and I usually just let them because correcting "
            "a teacher feels rude. It's AH-ma-ra, not a-MARE-a. Could you tell the cover teacher next time?"
        ),
    ),
    (
        "Bo",
        1,
        "self-strength-story",
        "class",
        (
            "The story of how I got good at juggling: it started when I broke my ankle in year 5 and had to sit "
            "on the sofa for three weeks. My dad threw me three pairs of rolled-up socks and said good luck. "
            "I dropped them about a thousand times. Now I can do five minutes without dropping and I can juggle "
            "apples (not eggs, my dad said no). My statue today was me juggling, which is hard to do frozen."
        ),
    ),
    (
        "Bo",
        1,
        None,
        "private",
        (
            "i didnt want to do the statue thing at first. standing still while everyone looks at you is so weird. "
            "but it was only like ten seconds and nobody laughed so ok"
        ),
    ),
    ("Dani", 1, "self-three-words", "class", "Loud, loyal and always hungry."),
    (
        "Dani",
        1,
        "self-happy-place",
        "private",
        (
            "A place where I feel calm is the bottom bunk at my mums' flat when my sister is out and I hang "
            "the blanket over the side so it's like a tent and I can read with the torch and no one asks me anything"
        ),
    ),
    (
        "Dani",
        1,
        "self-brave-step",
        "facilitator",
        (
            "Going first in the name circle. I asked to go first so I could get it over with. Everyone thinks "
            "I'm not scared of anything because I'm loud at break, but talking when the whole room has to listen "
            "is different. Is it ok if I pass sometimes?"
        ),
    ),
    (
        "Eliska",
        1,
        "self-word-i-love",
        "class",
        (
            "A word I love is babička, which means grandma in Czech. I like it because it sounds soft "
            "and a bit funny, like her."
        ),
    ),
    (
        "Eliska",
        1,
        "self-made-of",
        "facilitator",
        (
            "I am made of poppy seed cake, / the squeak of our back gate, / two languages that swap places "
            "in my head, / the number 7 bus / and the humming I do when I concentrate. "
            "(Is it still a poem if it doesn't rhyme? It felt like one.)"
        ),
    ),
    (
        "Farid",
        1,
        "self-name-music",
        "class",
        (
            "If my name were a piece of music it would be fast, like the part of a song where the drums "
            "suddenly come in, because FA-rid is over really quick and then you have to keep up."
        ),
    ),
    (
        "Farid",
        1,
        "self-good-at",
        "facilitator",
        (
            "I am good at fixing bikes, and at getting my little cousins to stop crying. I have dyslexia so "
            "writing the poem took me ages and I only got three lines. Could I say my poem out loud next time "
            "instead of writing all of it?"
        ),
    ),
    (
        "Grace",
        1,
        "self-proud-moment",
        "class",
        (
            "A small moment when I felt proud of myself was teaching my grandad to do video calls, because now "
            "he can see my cat every Sunday even though he lives really far away. He holds the tablet too close "
            "so we mostly see his eyebrows."
        ),
    ),
    (
        "Grace",
        1,
        "self-today-i-felt",
        "private",
        (
            "Today I felt left out when everyone on my lunch table was talking about a party I wasn't invited to. "
            "I pretended to read my book but I wasn't reading. Then we did the statues in the workshop and "
            "I felt a bit better, which is weird."
        ),
    ),
    (
        "Hiro",
        1,
        "self-my-sound",
        "class",
        "A sound that makes me happy is rain on our kitchen skylight, and my dad whistling badly while he irons.",
    ),
    (
        "Hiro",
        1,
        "self-my-part",
        "facilitator",
        (
            "When my rhythm played with everyone else's I noticed I kept speeding up. When I listened to the "
            "person next to me instead of my own hands it got easier. Is that kind of the point of the exercise?"
        ),
    ),
    (
        "Imani",
        1,
        "self-what-matters",
        "class",
        (
            "Something that really matters to me is my choir, because when we all land on the same note "
            "it feels like the room gets bigger."
        ),
    ),
    (
        "Imani",
        1,
        "self-heard-back",
        "facilitator",
        (
            "When my partner told my strength story back I felt kind of shy, because she remembered bits "
            "I didn't even know I'd said, like the part about singing on the bus. I noticed I talk with my hands "
            "a lot. Do other people do that too?"
        ),
    ),
    (
        "Kalani",
        1,
        "self-ordinary-treasure",
        "class",
        (
            "An ordinary object that is a bit like me is a hair tie. I always have one on my wrist and I give "
            "them away constantly (eleven last term, I counted). My aunty says I'm like a hair tie because I hold "
            "people together and nobody notices until I'm gone. I think she meant it nicely."
        ),
    ),
    (
        "Kalani",
        1,
        "self-i-bring",
        "facilitator",
        (
            "I bring the laughing. When the group goes quiet and awkward I usually say something silly to fix it. "
            "Sometimes I wonder if people would still want me around if I wasn't the funny one though."
        ),
    ),
    (
        "Luz",
        1,
        "self-made-of",
        "class",
        (
            "I am made of small things: / the sobremesa after Sunday lunch when nobody gets up, / "
            "my abuela's voice notes that go on for four minutes, / the smell of pencil shavings / "
            "and the first song I learned on guitar."
        ),
    ),
    (
        "Mateo",
        1,
        "self-name-beats",
        "class",
        (
            "My name has three beats. Ma-te-o. It sounds like someone knocking on a door who isn't sure "
            "they're allowed in yet."
        ),
    ),
    (
        "Mateo",
        1,
        "self-strength-story",
        "facilitator",
        (
            "The story of how I got good at drawing: it started when we moved here and I only spoke Portuguese. "
            "I couldn't talk to anyone at my first school so I drew in the back of my book, and people came over "
            "to look. That's how I made my first friend here. My statue was me holding a pencil. "
            "I don't really like talking in the big circle yet. Can I show a drawing instead sometimes?"
        ),
    ),
    ("Mateo", 1, "self-word-to-carry", "private", "My word for this week is try. Small word. Big ask."),
    # --- Session 2 (Dani and Mateo absent) ---
    (
        "Amara",
        2,
        "self-today-i-felt",
        "private",
        "Today I felt nervous when it was my turn in the circle because my voice went all wobbly. Nobody laughed tho.",
    ),
    (
        "Amara",
        2,
        "self-word-to-carry",
        "private",
        "My word for this week is steady. Mostly for Thursday when I have to do my presentation.",
    ),
    (
        "Bo",
        2,
        "self-makes-me-laugh",
        "class",
        "My little sister trying to whistle always makes me laugh. She just blows air and looks so proud of herself.",
    ),
    (
        "Eliska",
        2,
        None,
        "private",
        (
            "Babička flew home on Sunday. The flat feels too quiet now and nobody makes proper soup. "
            "I didn't say much in the circle because I thought I might cry, which is silly because "
            "she's coming back in the summer."
        ),
    ),
    (
        "Eliska",
        2,
        "self-why-my-word",
        "facilitator",
        (
            "I chose my word, patient, because I have to wait until summer to see babička again, and also "
            "because my brother keeps borrowing my headphones without asking. One moment this week when I might "
            "need it is definately when he does it again. Sorry I was so quiet today, I'm ok."
        ),
    ),
    (
        "Farid",
        2,
        "self-small-win",
        "private",
        "I read my whole poem out loud without stopping. Nobody knows that's a big deal for me but it is 💪",
    ),
    (
        "Grace",
        2,
        "self-kind-to-me",
        "facilitator",
        (
            "If a friend had my kind of week I would tell them that one bad lunch doesn't mean nobody likes you. "
            "I'd probably believe it more if someone else said it to me. I'm trying to say it to myself anyway. "
            "Could we do more of the paired stuff? It's easier for me than the big circle."
        ),
    ),
    (
        "Hiro",
        2,
        "self-one-of-a-kind",
        "private",
        (
            "I might be the only person in this class who knows every station on two whole train lines "
            "in order. I don't tell people because they'd think it's weird. It isn't weird, it's just a lot "
            "of stations."
        ),
    ),
    ("Hiro", 2, "self-word-to-carry", "private", "listen"),
    (
        "Imani",
        2,
        "self-calm-when",
        "private",
        (
            "I feel calm when I sing in the shower and nobody can hear me. I have a science test on Friday and "
            "I already feel a bit sick about it and I revised but it all goes out of my head when I see the paper "
            "so I'm going to try the breathing thing we did at the end."
        ),
    ),
    (
        "Jonah",
        2,
        "self-name-beats",
        "class",
        "My name has 2 beats. JO-nah. It sounds like a door opening and closing, which is what I did all day.",
    ),
    (
        "Jonah",
        2,
        "self-be-myself",
        "facilitator",
        (
            "Something that helps me feel I can be myself is when nobody is rushing. At my dad's on Saturdays "
            "we make a really slow breakfast and just talk. Also I wear a hearing aid on my left side, so when the "
            "drums get loud I sometimes turn it down. That's why I sat at the end. "
            "What were the strength statues? I missed last week."
        ),
    ),
    (
        "Jonah",
        2,
        None,
        "private",
        (
            "new group. everyone already knew the drum thing and i felt like i walked into the middle of a film. "
            "but Kalani showed me the rhythm at the side and after that it was fine"
        ),
    ),
    (
        "Kalani",
        2,
        "self-learned-about-me",
        "private",
        (
            "Today I learned that I'm actually good at explaining things without being bossy. I showed the new "
            "person the name rhythm and he got it second try 🙂"
        ),
    ),
    (
        "Kalani",
        2,
        "self-why-my-word",
        "facilitator",
        (
            "I chose my word, slow, because I rush everything, even eating. One moment this week when I might "
            "need it is my football match on Saturday, because I always rush the pass and then it goes out. "
            "Can a word be for football? It feels like it should be for something deeper."
        ),
    ),
    (
        "Luz",
        2,
        "self-today-i-felt",
        "facilitator",
        (
            "Today I felt proud and embarrassed at the same time when my poem went up on the story wall. "
            "Mostly proud. Could I add a verse in Spanish? Some of the small things only make sense in Spanish."
        ),
    ),
    (
        "Luz",
        2,
        None,
        "private",
        (
            "Mum's shifts changed so now I pick up my little brother every day after school. I like walking "
            "home with him, he tells me everything about his day. But it means no more art club and I really miss it. "
            "I didn't say that in the circle."
        ),
    ),
)
